// Code a drawn chart loads for later (its event-marker buttons, its tooltip, the figure's actions) is asked for
// once the chart has been painted, not in the effect that runs as it is committed: before, such a request
// competed with the chart's own data and script for the first frame (a reader's-spec embed made 19 requests
// before its chart was drawn). A frame, then a task: the browser paints in between.

/** Runs `run` after the next paint; returns a function that cancels it if it has not run yet. */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without animation frames (a test environment, a hidden page that never paints) a task is enough.
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
