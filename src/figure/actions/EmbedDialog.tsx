// "Embed this chart": a modal dialog with the two snippets (a plain iframe; the iframe plus embed.js for
// auto-resize), their options and copy buttons. The snippets are plain text in read-only text areas.
import { useEffect, useId, useRef, useState } from 'react';
import { EMBED_THEMES, type EmbedTheme } from '../../spec/embed-params';
import type { ChartSpec } from '../../spec';
import { activeLocale, i18n } from '../../i18n/i18n';
import { isLocale, LOCALES, type Locale } from '../../i18n/locales';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedSnippetInput } from './embed-snippet';

interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  appBase: string;
  spec: ChartSpec;
  title: string;
  dataVersion: string;
}

const themeLabel = (theme: EmbedTheme) =>
  ({
    light: () => i18n._({ id: 'embed.theme-light', message: 'Light' }),
    dark: () => i18n._({ id: 'embed.theme-dark', message: 'Dark' }),
    auto: () => i18n._({ id: 'embed.theme-auto', message: "Follow the reader's setting" }),
  })[theme]();

/** The embed's language: a fixed one (a Chinese or Russian article's chart) or each reader's browser's. */
const LANG_LABELS: Record<Locale, string> = { en: 'English', zh: '中文 (Chinese)', ru: 'Русский (Russian)' };

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (or no permission, e.g. in an iframe): select the text so Ctrl+C copies it.
    fallback?.select();
    return false;
  }
}

function Snippet({ label, text, hint, rows }: { label: string; text: string; hint: string; rows: number }) {
  const id = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <p className="embed-hint">{hint}</p>
      <textarea id={id} ref={areaRef} readOnly rows={rows} value={text} onFocus={(e) => e.target.select()} />
      <div className="embed-copy">
        <button
          type="button"
          className="action-button"
          onClick={() =>
            void copyText(text, areaRef.current).then((ok) =>
              setStatus(
                ok
                  ? i18n._({ id: 'embed.copied', message: 'Copied.' })
                  : i18n._({ id: 'embed.selected', message: 'Selected: press Ctrl+C (⌘C) to copy.' }),
              ),
            )
          }
        >
          {i18n._({ id: 'embed.copy', message: 'Copy' })}
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}

/** The theme the page itself uses (an embed's, set by theme.ts), so the snippet starts from what the reader sees. */
function pageTheme(): EmbedTheme {
  const setting = document.documentElement.dataset.themeSetting;
  return EMBED_THEMES.find((name) => name === setting) ?? 'light';
}

function useModal(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.addEventListener('close', onClose);
    return () => dialog?.removeEventListener('close', onClose);
  }, [onClose]);
  return ref;
}

export function EmbedDialog({ open, onClose, appBase, spec, title, dataVersion }: EmbedDialogProps) {
  const ref = useModal(open, onClose);
  const headingId = useId();
  const [controls, setControls] = useState(true);
  const [theme, setTheme] = useState<EmbedTheme>(pageTheme);
  const [pin, setPin] = useState(false);
  // Starts from the page's language when a reader chose one other than English; '' is the reader's browser's.
  const [lang, setLang] = useState<Locale | ''>(() => (activeLocale() === 'en' ? '' : activeLocale()));
  const input: EmbedSnippetInput = {
    appBase,
    spec,
    title,
    options: { controls, theme, dataVersion: pin ? dataVersion : null, lang: lang === '' ? null : lang },
  };
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={headingId}>
      <div className="embed-dialog-head">
        <h2 id={headingId}>{i18n._({ id: 'embed.title', message: 'Embed this chart' })}</h2>
        <button
          type="button"
          className="close-button"
          aria-label={i18n._({ id: 'embed.close', message: 'Close' })}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <fieldset className="embed-options">
        <legend>{i18n._({ id: 'embed.options', message: 'Options' })}</legend>
        <label>
          <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />{' '}
          {i18n._({ id: 'embed.opt-links', message: 'Show the download, embed and explore links' })}
        </label>
        <label>
          <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />{' '}
          {i18n._(
            {
              id: 'embed.opt-pin',
              message:
                'Pin to this data version ({version}): the chart will not change when the data are updated',
            },
            { version: dataVersion },
          )}
        </label>
        <label className="embed-theme">
          {i18n._({ id: 'embed.theme', message: 'Theme' })}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
            {EMBED_THEMES.map((name) => (
              <option key={name} value={name}>
                {themeLabel(name)}
              </option>
            ))}
          </select>
        </label>
        <label className="embed-theme">
          {i18n._({ id: 'embed.lang', message: 'Language' })}{' '}
          <select
            value={lang}
            onChange={(e) => setLang(isLocale(e.target.value) ? e.target.value : '')}
            data-embed-lang=""
          >
            <option value="">
              {i18n._({ id: 'embed.lang-browser', message: "Each reader's browser language" })}
            </option>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LANG_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <Snippet
        label={i18n._({ id: 'embed.script', message: 'Auto-resizing embed (recommended)' })}
        hint={i18n._({
          id: 'embed.script-hint',
          message: "The script fits the frame's height to the chart, on every screen width.",
        })}
        text={scriptSnippet(input)}
        rows={6}
      />
      <Snippet
        label={i18n._({ id: 'embed.iframe', message: 'Plain iframe' })}
        hint={i18n._({
          id: 'embed.iframe-hint',
          message: 'Where scripts are not allowed: a fixed height; raise it if the chart is cut off.',
        })}
        text={iframeSnippet(input)}
        rows={4}
      />
      <p className="embed-preview">
        <a href={embedUrl(input)} target="_blank" rel="noopener">
          {i18n._({ id: 'embed.preview', message: 'Preview the embed in a new tab' })}
        </a>
      </p>
    </dialog>
  );
}
