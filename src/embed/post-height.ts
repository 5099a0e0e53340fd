// Tells the host page how tall the embed is, so its iframe can fit the content without scrollbars.
// Versioned message with numbers only; sent whenever the height changes.
export const HEIGHT_MESSAGE_TYPE = 'chpl-explorer:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  version: 1;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, version: 1, height: Math.ceil(height) };
}

export function reportHeight(element: HTMLElement, target: Window = window.parent): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    target.postMessage(heightMessage(height), '*');
  };
  send();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(send);
  observer.observe(element);
  return () => observer.disconnect();
}
