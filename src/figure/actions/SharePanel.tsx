// "Share": the chart's link and its embed code, each with a copy button that confirms (or, where the clipboard
// is refused, selects the text for Ctrl+C), and plain links to the social sites' share pages. Loaded on the
// first click of Share (ChartActions), so a page that only shows charts never pays for it.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ChartSpec } from '../../spec';
import { scriptSnippet } from './embed-snippet';
import { appBaseUrl } from './app-links';
import { shareUrl, socialLinks } from './share-links';
import { activeLocale, i18n } from '../../i18n/i18n';

export interface SharePanelProps {
  id: string;
  /** The chart's spec (none for the story's timeline, which is shared by its step). */
  spec?: ChartSpec | undefined;
  title: string;
  stepId?: string | undefined;
  /** A reader's own file cannot be shown on another page: no embed code then. */
  embeddable: boolean;
  /** The Share button and this panel: a click outside both closes the panel. */
  container: RefObject<HTMLElement | null>;
  onClose: () => void;
}

/** Copies `text`; where the clipboard API is missing or refused (an iframe, an old browser) selects `field`. */
export async function copyOrSelect(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

function useCloseOutside(container: RefObject<HTMLElement | null>, onClose: () => void): void {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.target instanceof Node && container.current?.contains(event.target);
      if (!inside) onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const inside = event.target instanceof Node && container.current?.contains(event.target);
      if (event.key === 'Escape' && inside) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [container, onClose]);
}

export function SharePanel({ id, spec, title, stepId, embeddable, container, onClose }: SharePanelProps) {
  const appBase = appBaseUrl();
  const url = shareUrl({ appBase, spec, stepId }, activeLocale());
  const snippet = embeddable && spec ? scriptSnippet({ appBase, spec, title, options: {} }) : null;
  const linkId = useId();
  const codeId = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const copyLinkRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  useCloseOutside(container, onClose);
  useEffect(() => copyLinkRef.current?.focus(), []);

  // One message per thing and outcome: "copied" agrees with the thing in Russian.
  const copy = (link: boolean, text: string, field: HTMLInputElement | HTMLTextAreaElement | null) =>
    void copyOrSelect(text, field).then((ok) => {
      if (link)
        setStatus(
          ok
            ? i18n._({ id: 'share.link-copied', message: 'Link copied.' })
            : i18n._({ id: 'share.link-selected', message: 'Link selected: press Ctrl+C (⌘C) to copy.' }),
        );
      else
        setStatus(
          ok
            ? i18n._({ id: 'share.code-copied', message: 'Embed code copied.' })
            : i18n._({
                id: 'share.code-selected',
                message: 'Embed code selected: press Ctrl+C (⌘C) to copy.',
              }),
        );
    });

  return (
    <div
      id={id}
      className="share-panel"
      role="group"
      aria-label={i18n._({ id: 'share.label', message: 'Share this chart' })}
    >
      <label htmlFor={linkId}>{i18n._({ id: 'share.link', message: 'Link to this chart' })}</label>
      <div className="share-row">
        <input
          id={linkId}
          ref={linkRef}
          type="text"
          readOnly
          value={url}
          data-share-link
          onFocus={(e) => e.target.select()}
        />
        <button
          ref={copyLinkRef}
          type="button"
          className="action-button"
          onClick={() => copy(true, url, linkRef.current)}
        >
          {i18n._({ id: 'share.copy-link', message: 'Copy link' })}
        </button>
      </div>
      {snippet ? (
        <>
          <label htmlFor={codeId}>{i18n._({ id: 'share.code', message: 'Embed code' })}</label>
          <div className="share-row">
            <textarea
              id={codeId}
              ref={codeRef}
              readOnly
              rows={3}
              value={snippet}
              data-share-embed
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="action-button"
              onClick={() => copy(false, snippet, codeRef.current)}
            >
              {i18n._({ id: 'share.copy-code', message: 'Copy embed code' })}
            </button>
          </div>
        </>
      ) : null}
      <p className="share-status" role="status">
        {status}
      </p>
      <p className="share-social">
        {i18n._({ id: 'share.on', message: 'Share on' })}{' '}
        {socialLinks(url, title).map((link, i) => (
          <span key={link.site}>
            {i > 0 ? ' · ' : ''}
            <a href={link.href} target="_blank" rel="noopener noreferrer" data-share-site={link.site}>
              {link.site}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
