// Hands control back to the event loop between chunks, so a worker sees an abort message mid-file. A macrotask,
// not a microtask: a resolved promise would run before any message is delivered.

type Immediate = (callback: () => void) => unknown;

export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'function') {
    // Unlike setTimeout(0), not clamped to 4 ms once nested: hundreds of chunks stay cheap.
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
