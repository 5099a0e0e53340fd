// "Download" as a disclosure: a button that shows a list of buttons. Keyboard: Enter/Space opens, arrow keys
// move between items, Escape closes and returns focus to the button; a click elsewhere closes it.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { DOWNLOAD_KINDS, downloadLabel, type DownloadKind } from './download-kinds';
import { activeIntlLocale, i18n } from '../../i18n/i18n';

interface DownloadMenuProps {
  onDownload: (kind: DownloadKind) => void;
  busy: boolean;
  /** Rows in the full dataset: its item says how many, and is disabled when there are none. */
  fullRows: number;
}

function focusItem(list: HTMLElement | null, step: 1 | -1 | 'first' | 'last'): void {
  const items = [...(list?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
  if (items.length === 0) return;
  const at = items.findIndex((item) => item === document.activeElement);
  const next =
    step === 'first' ? 0 : step === 'last' ? items.length - 1 : (at + step + items.length) % items.length;
  items[next]?.focus();
}

function useCloseOnOutsideClick(open: boolean, root: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.target instanceof Node && root.current?.contains(event.target);
      if (!inside) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, root, close]);
}

export function DownloadMenu({ onDownload, busy, fullRows }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useCloseOnOutsideClick(open, rootRef, close);

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      Escape: () => {
        setOpen(false);
        toggleRef.current?.focus();
      },
      ArrowDown: () => (open ? focusItem(listRef.current, 1) : setOpen(true)),
      ArrowUp: () => open && focusItem(listRef.current, -1),
      Home: () => open && focusItem(listRef.current, 'first'),
      End: () => open && focusItem(listRef.current, 'last'),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const choose = (kind: DownloadKind) => {
    setOpen(false);
    toggleRef.current?.focus();
    onDownload(kind);
  };

  return (
    <div className="download-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="action-button"
        aria-expanded={open}
        aria-controls={listId}
        disabled={busy}
        onClick={() => setOpen((was) => !was)}
      >
        {busy
          ? i18n._({ id: 'actions.preparing', message: 'Preparing…' })
          : i18n._({ id: 'actions.download', message: 'Download' })}{' '}
        <span aria-hidden="true">▾</span>
      </button>
      <ul
        id={listId}
        ref={listRef}
        className="download-list"
        hidden={!open}
        aria-label={i18n._({ id: 'actions.download', message: 'Download' })}
      >
        {DOWNLOAD_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              data-download={kind}
              disabled={kind === 'full-csv' && fullRows === 0}
              onClick={() => choose(kind)}
            >
              {downloadLabel(kind)}
              {kind === 'full-csv' ? (
                <span className="download-note">
                  {' '}
                  {i18n._(
                    { id: 'actions.rows', message: '{rows} rows' },
                    { rows: fullRows.toLocaleString(activeIntlLocale()) },
                  )}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
