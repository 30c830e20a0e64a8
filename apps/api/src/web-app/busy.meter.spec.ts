import { busyAbove } from './busy.meter';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('busyAbove', () => {
  it('reads idle while the event loop waits, busy once it runs code most of the time, idle again after', async () => {
    const busy = busyAbove(0.5, 100);
    await wait(250);
    expect(busy()).toBe(false);
    // Keep the loop running code for most of several samples.
    const until = Date.now() + 400;
    while (Date.now() < until) {
      const spin = Date.now() + 40;
      while (Date.now() < spin) {
        // running code
      }
      await wait(1);
    }
    expect(busy()).toBe(true);
    await wait(300);
    expect(busy()).toBe(false);
  });
});
