// Time as a dependency, so tests can run backoff and rate limits without waiting.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Spaces request starts at least `minIntervalMs` apart. */
export function createRateLimiter(minIntervalMs: number, clock: Clock): () => Promise<void> {
  let last: number | null = null;
  return async () => {
    if (last !== null) {
      const wait = last + minIntervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
    }
    last = clock.now();
  };
}
