// `rate-limit N` (cfg-call-home): at most N messages per minute, 1–60, default 20
// (reference/000-configuring-call-home.md §G.3, L1128–1130; 003 §3.1, L1254–1261).
// The device counts messages over the rate as "Ratelimit-dropped"; a test-alert tool must never lose a
// message, so this limiter DELAYS instead: a sliding window of `windowMs` holds at most `limit` starts.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export const RATE_LIMIT_MIN = 1;
export const RATE_LIMIT_MAX = 60;
export const RATE_LIMIT_DEFAULT = 20;

/** The limit a device would apply: integers 1–60; anything else (already a diagnostic in the editor) → clamped / default. */
export function normaliseRateLimit(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return RATE_LIMIT_DEFAULT;
  return Math.min(RATE_LIMIT_MAX, Math.max(RATE_LIMIT_MIN, Math.trunc(n)));
}

export interface RateLimiterOptions {
  /** Messages per window (the `rate-limit` value). */
  perMinute?: number;
  /** Window length; 60 000 ms on a device, shorter only in tests. */
  windowMs?: number;
  clock?: Clock;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly clock: Clock;
  /** Start times of the messages inside the current window, oldest first. */
  private readonly starts: number[] = [];
  /** Serialises acquirers so concurrent callers keep FIFO order and cannot both take the last slot. */
  private queue: Promise<void> = Promise.resolve();

  constructor(opts: RateLimiterOptions = {}) {
    this.limit = normaliseRateLimit(opts.perMinute);
    this.windowMs = opts.windowMs ?? 60_000;
    this.clock = opts.clock ?? systemClock;
  }

  /** Resolves when one more message may be sent; returns how long the caller was held back (ms). */
  acquire(): Promise<number> {
    const turn = this.queue.then(() => this.take());
    // A rejected sleep must not wedge the queue for later callers.
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async take(): Promise<number> {
    const begin = this.clock.now();
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && now - this.starts[0] >= this.windowMs) this.starts.shift();
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return now - begin;
      }
      await this.clock.sleep(this.starts[0] + this.windowMs - now);
    }
  }
}
