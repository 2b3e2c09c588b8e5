import { createAdaptiveBucket, createIntervalLimiter } from '../../../src/adapters/aws/rate-limiter';

describe('LookupEvents pacing', () => {
  it('when three calls arrive at once, then they are spaced one interval apart', async () => {
    const t = 1000;
    const waits: number[] = [];
    const limiter = createIntervalLimiter(500, () => t, async (ms) => void waits.push(ms));
    const ran: number[] = [];
    await Promise.all([1, 2, 3].map((n) => limiter.schedule(async () => void ran.push(n))));
    expect(waits).toEqual([500, 1000]);
    expect(ran.sort()).toEqual([1, 2, 3]);
  });

  it('when calls are already far apart, then none waits', async () => {
    let t = 0;
    const waits: number[] = [];
    const limiter = createIntervalLimiter(500, () => t, async (ms) => void waits.push(ms));
    await limiter.schedule(async () => undefined);
    t += 2000;
    await limiter.schedule(async () => undefined);
    expect(waits).toEqual([]);
  });
});

describe('per-account adaptive bucket', () => {
  it('when an account answers Throttling, then its rate drops at once and climbs back slowly with successes, never above the start', () => {
    const b = createAdaptiveBucket({ ratePerSecond: 20, burst: 3 }, () => 0, async () => undefined);
    b.throttled();
    expect(b.rate).toBeCloseTo(17);
    b.throttled();
    expect(b.rate).toBeCloseTo(14.45);
    for (let i = 0; i < 20; i++) b.succeeded();
    expect(b.rate).toBeCloseTo(15.45);
    for (let i = 0; i < 500; i++) b.succeeded();
    expect(b.rate).toBe(20);
  });

  it('when calls arrive together, then `burst` start at once and the rest are spaced 1/rate apart', async () => {
    const waits: number[] = [];
    const b = createAdaptiveBucket({ ratePerSecond: 20, burst: 3 }, () => 1000, async (ms) => void waits.push(ms));
    await Promise.all([1, 2, 3, 4, 5].map(() => b.take()));
    expect(waits).toEqual([50, 100]);
  });

  it('when calls that waited in this process go out together, then dispatch lets 3 leave at once and spaces the rest 1/rate apart', async () => {
    const waits: number[] = [];
    const b = createAdaptiveBucket({ ratePerSecond: 20, burst: 3 }, () => 5000, async (ms) => void waits.push(ms));
    await Promise.all([1, 2, 3, 4, 5].map(() => b.dispatch()));
    expect(waits).toEqual([50, 100]);
  });
});
