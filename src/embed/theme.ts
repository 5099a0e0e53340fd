// The embed's theme lives on <html data-theme="light|dark">: embed.css swaps the page's colour custom
// properties for dark, so everything drawn with them follows. "auto" follows the reader's
// prefers-color-scheme, including when it changes while the page is open.
import type { EmbedTheme } from '../spec/embed-params';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function applyTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): void {
  root.dataset.themeSetting = theme;
  if (theme !== 'auto' || typeof window.matchMedia !== 'function') {
    root.dataset.theme = theme === 'dark' ? 'dark' : 'light';
    return;
  }
  const media = window.matchMedia(DARK_QUERY);
  const follow = () => {
    root.dataset.theme = media.matches ? 'dark' : 'light';
  };
  follow();
  media.addEventListener('change', follow);
}
