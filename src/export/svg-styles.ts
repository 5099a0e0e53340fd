// Makes a copy of a chart's SVG render on its own: the computed styles of every element (which come from the
// page's stylesheets and CSS variables) are written as SVG presentation attributes (fill="…", font-size="…"),
// and anything that could fetch from another host or run code (scripts, external links and images, <style>,
// foreignObject) is dropped. Presentation attributes, not a `style` attribute: the page's Content-Security-Policy
// has no 'unsafe-inline' for styles, so setting a style attribute would be refused (and reported) there.

/** Properties children inherit: written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'visibility',
  'paint-order',
  'shape-rendering',
  'text-rendering',
] as const;

/** Properties that do not inherit, and the values that mean "nothing to write". */
const OWN: Readonly<Record<string, readonly string[]>> = {
  opacity: ['1'],
  'dominant-baseline': ['auto', 'normal'],
  'alignment-baseline': ['auto', 'baseline'],
  'stop-color': [],
  'stop-opacity': ['1'],
  'clip-path': ['none'],
  mask: ['none'],
  filter: ['none'],
  'vector-effect': ['none'],
  'text-decoration-line': ['none'],
};

const DROPPED_ELEMENTS = new Set(['script', 'style', 'foreignobject', 'iframe', 'link']);
/** Charts mark interactive-only parts (focus rings, hover layers) with this attribute to leave them out. */
export const EXPORT_IGNORE_ATTRIBUTE = 'data-export-ignore';

export const SYSTEM_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, ' +
  // Chinese: each system's own CJK font (as the page's stylesheet, src/figure/base.css).
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ' +
  '"WenQuanYi Micro Hei", sans-serif';
export const SYSTEM_MONO_STACK = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

type StyleMap = ReadonlyMap<string, string>;

/** A local reference `url(#id)` survives (browsers may have made it absolute); any other url() is dropped. */
function localValue(value: string): string | null {
  if (!value.includes('url(')) return value;
  const local = /url\(\s*["']?[^"')]*(#[^"')\s]+)["']?\s*\)/.exec(value);
  return local ? `url(${local[1]})` : null;
}

function computedStyle(element: Element): StyleMap {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const values = new Map<string, string>();
  if (!style) return values;
  for (const property of [...INHERITED, ...Object.keys(OWN), 'font-family', 'display']) {
    const value = style.getPropertyValue(property).trim();
    if (value !== '') values.set(property, value);
  }
  return values;
}

/** The presentation attribute of a CSS property, where its name differs. */
const ATTRIBUTE_NAME: Readonly<Record<string, string>> = { 'text-decoration-line': 'text-decoration' };
const attributeName = (property: string) => ATTRIBUTE_NAME[property] ?? property;

/** Every style attribute written is first removed, so an attribute the page's CSS overrode cannot survive. */
const STYLED_ATTRIBUTES = [...INHERITED, ...Object.keys(OWN), 'font-family'].map(attributeName);

/** The attributes that give `own` in a copy, given the parent's styles (inherited values only where they differ). */
function declarations(own: StyleMap, parent: StyleMap | null): [string, string][] {
  const written: [string, string][] = [];
  const write = (property: string, value: string | undefined) => {
    const local = value === undefined ? null : localValue(value);
    if (local !== null) written.push([attributeName(property), local]);
  };
  for (const property of INHERITED) {
    if (own.get(property) !== parent?.get(property)) write(property, own.get(property));
  }
  for (const [property, blank] of Object.entries(OWN)) {
    const value = own.get(property);
    if (value !== undefined && !blank.includes(value)) write(property, value);
  }
  if (/mono/i.test(own.get('font-family') ?? '')) write('font-family', SYSTEM_MONO_STACK);
  return written;
}

function isSafeReference(value: string): boolean {
  return value.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);/i.test(value);
}

/** Removes code, external references and page-only attributes from one element. */
function cleanAttributes(element: Element): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase();
    const isLink = name === 'href' || name === 'xlink:href';
    if (name.startsWith('on') || name === 'class' || name === 'style' || name.startsWith('xmlns:')) {
      element.removeAttribute(attribute.name);
    } else if (isLink) {
      element.removeAttribute(attribute.name);
      if (isSafeReference(attribute.value)) element.setAttribute('href', attribute.value);
    } else if (attribute.value.includes('url(')) {
      const local = localValue(attribute.value);
      if (local === null) element.removeAttribute(attribute.name);
      else element.setAttribute(attribute.name, local);
    }
  }
}

function imageHref(image: Element): string {
  return image.getAttribute('href') ?? image.getAttribute('xlink:href') ?? '#';
}

function shouldDrop(original: Element, style: StyleMap): boolean {
  return (
    DROPPED_ELEMENTS.has(original.localName.toLowerCase()) ||
    original.hasAttribute(EXPORT_IGNORE_ATTRIBUTE) ||
    style.get('display') === 'none' ||
    (original.localName === 'image' && !isSafeReference(imageHref(original)))
  );
}

function inlineElement(original: Element, copy: Element, parent: StyleMap | null, dropped: Element[]): void {
  const style = computedStyle(original);
  if (shouldDrop(original, style)) {
    dropped.push(copy);
    return;
  }
  cleanAttributes(copy);
  for (const name of STYLED_ATTRIBUTES) copy.removeAttribute(name);
  for (const [name, value] of declarations(style, parent)) copy.setAttribute(name, value);
  const originals = [...original.children];
  const copies = [...copy.children];
  originals.forEach((child, i) => {
    const childCopy = copies[i];
    if (childCopy) inlineElement(child, childCopy, style, dropped);
  });
}

/** A deep copy of `svg` with its computed styles as attributes and nothing that reaches outside it. */
export function inlineStyledCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const dropped: Element[] = [];
  inlineElement(svg, copy, null, dropped);
  for (const element of dropped) element.remove();
  return copy;
}
