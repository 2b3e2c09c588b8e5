import { createIntervalLimiter } from '../../../src/adapters/aws/rate-limiter';

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
