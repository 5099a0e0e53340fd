// Positions and colours computed at run time reach the CSS as custom properties set through the CSSOM
// (`style.setProperty`), never as `style` attributes: the Content-Security-Policy (scripts/csp/policy.ts) has no
// 'unsafe-inline' for styles, which blocks parsed style attributes but not the CSSOM. The stylesheets read the
// values with var(--name, fallback).

/** Custom property name (with its leading `--`) to value; undefined removes it, so the fallback applies. */
export type CssVars = Readonly<Record<`--${string}`, string | number | undefined>>;

/** Numbers are pixels, as in React's style props. */
function cssValue(value: string | number): string {
  return typeof value === 'number' ? `${value}px` : value;
}

export function setCssVars(element: HTMLElement | SVGElement, vars: CssVars): void {
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, cssValue(value));
  }
}

/**
 * A ref callback that writes `vars` on its element. A new callback each render, so React calls it on every
 * commit (before paint) and the values follow the props.
 */
export function cssVarsRef(vars: CssVars): (element: HTMLElement | null) => void {
  return (element) => {
    if (element) setCssVars(element, vars);
  };
}
