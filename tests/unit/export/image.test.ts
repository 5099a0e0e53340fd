import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStandaloneSvg, downloadBlob } from '../../../src/export/image';

const SVG_NS = 'http://www.w3.org/2000/svg';

function mountChart(): SVGSVGElement {
  document.head.innerHTML = `<style>
    .line { stroke: rgb(10, 20, 30); stroke-width: 2px; fill: none; }
    .axis text { font-size: 11px; }
    .hidden { display: none; }
  </style>`;
  document.body.innerHTML = `
    <svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200" viewBox="0 0 400 200" class="chart">
      <g class="axis"><text x="0" y="10">2022</text></g>
      <path class="line" d="M0,0L10,10" onclick="alert(1)"></path>
      <image href="https://tracker.example/pixel.png" width="1" height="1"></image>
      <use xlink:href="https://cdn.example/sprite.svg#icon"></use>
      <rect class="hidden" width="5" height="5"></rect>
      <g data-export-ignore=""><circle r="3"></circle></g>
      <script>alert(1)</script>
      <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
    </svg>`;
  return document.querySelector('svg')!;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('buildStandaloneSvg', () => {
  const title = 'China’s exports to Russia of high-priority dual-use goods, by CHPL tier, & more <checked>';

  it('is well-formed XML with a declaration, the SVG namespace and the texts drawn in', () => {
    const out = buildStandaloneSvg({
      svg: mountChart(),
      title,
      subtitle: 'US$, current prices',
      sourceLine: 'Source: CEPII BACI HS17 V202501',
      notes: ['Note: 2022-2023 rest on China’s declarations alone.'],
    });
    expect(out.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parse(out.svg).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    const drawn = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');
    for (const text of ['China’s exports', 'US$, current prices', 'Source: CEPII', 'declarations alone.']) {
      expect(drawn).toContain(text);
    }
    expect(root.querySelector('title')?.textContent).toBe(title);
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(out.width).toBe(432);
    expect(Number(root.getAttribute('height'))).toBe(out.height);
    expect(out.height).toBeGreaterThan(200 + 32);
  });

  it('refers to no host: the only http URL is the SVG namespace', () => {
    const { svg } = buildStandaloneSvg({ svg: mountChart(), title: 'Chart' });
    expect(svg.match(/https?:\/\/[^\s"')<]*/g)).toEqual([SVG_NS]);
  });

  it('drops scripts, handlers, foreign HTML, hidden and export-ignored parts', () => {
    const doc = parse(buildStandaloneSvg({ svg: mountChart(), title: 'Chart' }).svg);
    for (const selector of ['script', 'foreignObject', 'image', 'circle', '[onclick]', '[class]']) {
      expect(doc.querySelectorAll(selector)).toHaveLength(0);
    }
    expect(doc.querySelectorAll('rect')).toHaveLength(1);
  });

  it('copies the page styles of the chart into presentation attributes, and uses system fonts', () => {
    const doc = parse(buildStandaloneSvg({ svg: mountChart(), title: 'Chart' }).svg);
    const path = doc.querySelector('path');
    expect(path?.getAttribute('stroke')).toBe('rgb(10, 20, 30)');
    expect(path?.getAttribute('stroke-width')).toBe('2px');
    expect(path?.getAttribute('fill')).toBe('none');
    expect(doc.querySelector('svg svg text')?.getAttribute('font-size')).toBe('11px');
    expect(doc.documentElement.getAttribute('font-family')).toContain('system-ui');
  });

  it('writes no style attribute anywhere (the CSP of the page refuses them), and drops those of the chart', () => {
    const chart = mountChart();
    chart.querySelector('path')?.setAttribute('style', 'stroke: red');
    const { svg } = buildStandaloneSvg({
      svg: chart,
      title: 'Chart',
      notes: ['A note'],
      sourceLine: 'Source',
    });
    expect(parse(svg).querySelectorAll('[style]')).toHaveLength(0);
  });

  it('lets the computed style win over an attribute the CSS of the page overrode', () => {
    const chart = mountChart();
    chart.querySelector('path')?.setAttribute('stroke', 'blue');
    const doc = parse(buildStandaloneSvg({ svg: chart, title: 'Chart' }).svg);
    expect(doc.querySelector('path')?.getAttribute('stroke')).toBe('rgb(10, 20, 30)');
  });

  it('sizes a responsive chart (width="100%") from its viewBox, not from the percentage', () => {
    const chart = mountChart();
    chart.setAttribute('width', '100%');
    chart.setAttribute('viewBox', '0 0 640 300');
    chart.removeAttribute('height');
    const out = buildStandaloneSvg({ svg: chart, title: 'Chart' });
    expect(out.width).toBe(640 + 32);
    expect(parse(out.svg).querySelector('svg svg')?.getAttribute('viewBox')).toBe('0 0 640 300');
  });

  it('wraps a long title into several lines inside the width', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const doc = parse(buildStandaloneSvg({ svg: mountChart(), title: long }).svg);
    const lines = [...doc.documentElement.querySelector(':scope > text')!.querySelectorAll('tspan')];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.textContent).join(' ')).toBe(long);
  });
});

describe('downloadBlob', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('clicks a temporary link with the file name, then revokes the object URL', () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:fake');
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke }));
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    downloadBlob(new Blob(['x']), 'chart-v1.csv');
    expect(clicked).toEqual([{ download: 'chart-v1.csv', href: 'blob:fake' }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:fake');
    click.mockRestore();
  });
});
