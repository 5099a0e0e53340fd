// public/embed.js, run in jsdom: it resizes only its chart iframes, only on the exact height message, only from
// a trusted origin. Run with new Function there is no currentScript, so the host's allow-list names the origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const script = readFileSync(join(import.meta.dirname, '../../../public/embed.js'), 'utf8');
const ORIGIN = 'https://charts.example.org';

function frame(attributes: Record<string, string>): HTMLIFrameElement {
  const element = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

function post(from: HTMLIFrameElement, data: unknown, origin = ORIGIN): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: from.contentWindow }));
}

const message = (height: unknown) => ({ type: 'chpl-explorer:height', version: 1, height });

let marked: HTMLIFrameElement;
let bySrc: HTMLIFrameElement;
let other: HTMLIFrameElement;
let ad: HTMLIFrameElement;
let untrusted: HTMLIFrameElement;

beforeAll(() => {
  marked = frame({ src: `${ORIGIN}/app/embed.html?chart=chpl-tiers`, 'data-chpl-embed': '' });
  bySrc = frame({ src: `${ORIGIN}/app/embed.html?chart=chpl-tiers&theme=dark` });
  other = frame({ src: `${ORIGIN}/video.html` });
  ad = frame({ src: 'https://ads.example/ad.html?ref=embed.html' });
  untrusted = frame({ src: 'https://mirror.example/embed.html', 'data-chpl-embed': '' });
  (window as unknown as { chplEmbedOrigins: unknown }).chplEmbedOrigins = [ORIGIN];
  // Loaded twice on purpose: the second copy must not add a second listener.
  new Function(script)();
  new Function(script)();
});

describe('embed.js', () => {
  it('sets the height of the iframe that sent the message', () => {
    post(marked, message(612.2));
    expect(marked.style.height).toBe('613px');
    post(bySrc, message(480));
    expect(bySrc.style.height).toBe('480px');
    expect(marked.style.height).toBe('613px');
  });

  it('ignores frames that are not charts, and senders from another origin', () => {
    post(other, message(300));
    expect(other.style.height).toBe('');
    post(marked, message(300), 'https://evil.example');
    expect(marked.style.height).toBe('613px');
  });

  it('ignores anything but the exact typed message', () => {
    const bad = [
      message(-5),
      message(0),
      message(Number.POSITIVE_INFINITY),
      message('500'),
      { ...message(500), version: 2 },
      { ...message(500), type: 'other' },
      { ...message(500), extra: 'x' },
      'chpl-explorer:height',
      null,
    ];
    for (const data of bad) post(marked, data);
    expect(marked.style.height).toBe('613px');
  });

  it('ignores a frame whose address only mentions embed.html, and chart frames of an untrusted origin', () => {
    post(ad, message(19999), 'https://ads.example');
    expect(ad.style.height).toBe('');
    post(untrusted, message(500), 'https://mirror.example');
    expect(untrusted.style.height).toBe('');
  });

  it('ignores a message whose source is not the frame it names by origin', () => {
    window.dispatchEvent(new MessageEvent('message', { data: message(700), origin: ORIGIN, source: null }));
    expect(marked.style.height).toBe('613px');
  });

  it('clamps the height, so a chart can never cover the whole page', () => {
    post(bySrc, message(19999));
    expect(bySrc.style.height).toBe('4000px');
    post(bySrc, message(480));
    expect(bySrc.style.height).toBe('480px');
  });
});
