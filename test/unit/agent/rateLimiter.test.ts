// `rate-limit` 1–60 messages per minute, default 20 (reference/000 §G.3, L1128–1130): delayed, never dropped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deliver } from '../../../server/src/agent/delivery';
import { normaliseRateLimit, RateLimiter, type Clock } from '../../../server/src/agent/rateLimiter';
import { startHttpSink } from '../../helpers/loopback';

/** A clock that only moves when someone sleeps on it. */
function fakeClock(): Clock & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

describe('rateLimiter', () => {
  it('limits are 1–60 per minute, default 20', () => {
    assert.equal(new RateLimiter().limit, 20);
    assert.equal(normaliseRateLimit(undefined), 20);
    assert.equal(normaliseRateLimit(0), 1);
    assert.equal(normaliseRateLimit(61), 60);
    assert.equal(normaliseRateLimit(7.9), 7);
  });

  it('lets N messages through in a minute and delays the next one until the window has room', async () => {
    const clock = fakeClock();
    const rl = new RateLimiter({ perMinute: 3, clock });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) waits.push(await rl.acquire());
    assert.deepEqual(waits.slice(0, 3), [0, 0, 0]);
    assert.equal(waits[3], 60_000, 'the 4th waits for the 1st to leave the window');
    assert.equal(waits[4], 0, 'the 2nd and 3rd left at the same moment');
    assert.equal(clock.now(), 60_000);
  });

  it('concurrent callers are all served, in order, none dropped', async () => {
    const clock = fakeClock();
    const rl = new RateLimiter({ perMinute: 2, clock });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => rl.acquire().then(() => order.push(i))));
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
    assert.equal(clock.now(), 120_000, '5 messages at 2/min need two extra windows');
  });

  it('delays real deliveries (short window, real clock)', async () => {
    const sink = await startHttpSink();
    try {
      const rl = new RateLimiter({ perMinute: 2, windowMs: 300 });
      const route = { http: { urls: [sink.url], trustedCaPem: [], serverIdentityCheck: true } };
      const t0 = Date.now();
      const logs: string[] = [];
      for (let i = 0; i < 3; i++) {
        await deliver({ messageId: `M${i}:X:1`, body: 'b', contentType: 'text/plain', subject: 's', format: 'short-text' }, route, { rateLimiter: rl, log: (l) => logs.push(l) });
      }
      assert.ok(Date.now() - t0 >= 280, `third message held back (${Date.now() - t0} ms)`);
      assert.equal(sink.requests.length, 3, 'nothing dropped');
      assert.ok(logs.some((l) => /rate-limit 2\/min: held message M2:X:1/.test(l)), logs.join('\n'));
    } finally {
      await sink.close();
    }
  });
});
