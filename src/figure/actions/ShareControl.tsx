// The Share button and, once opened, its panel (./SharePanel.tsx, loaded on the first click). Used in every
// chart's actions and by the story's timeline, which has no chart spec but a step of its own to share.
import { LATER_CATALOGUE } from '../../i18n/later-catalogue';
import { lazy, Suspense, useCallback, useId, useRef, useState, type RefObject } from 'react';
import type { ChartSpec } from '../../spec';
import './actions.css';
import { ensureCatalogue, i18n } from '../../i18n/i18n';

// The panel's words are in the later catalogue (lingui.config.ts): they load with its code.
const SharePanel = lazy(() =>
  Promise.all([import('./SharePanel'), ensureCatalogue(LATER_CATALOGUE)]).then(([module]) => ({
    default: module.SharePanel,
  })),
);

export interface ShareControlProps {
  spec?: ChartSpec | undefined;
  title: string;
  stepId?: string | undefined;
  embeddable: boolean;
  /** The row of actions: a click outside it closes the panel. */
  root: RefObject<HTMLElement | null>;
}

export function ShareControl({ spec, title, stepId, embeddable, root }: ShareControlProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="action-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {i18n._({ id: 'actions.share', message: 'Share' })} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SharePanel
            id={panelId}
            spec={spec}
            title={title}
            stepId={stepId}
            embeddable={embeddable}
            container={root}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </>
  );
}
