import {describe, expect, it} from 'vitest';
import {gatesDecided} from '@site/build-tools/lighthouse';

const GATES = {performance: 90, accessibility: 100, 'best-practices': 100, seo: 100};
const run = (performance: number, accessibility = 100) => ({performance, accessibility, 'best-practices': 100, seo: 100});

describe('gatesDecided (check:lighthouse stops once the median of 3 is decided)', () => {
  it('needs two agreeing runs of three on every gate', () => {
    expect(gatesDecided([run(100)], 3, GATES)).toBe(false);
    expect(gatesDecided([run(100), run(95)], 3, GATES)).toBe(true);
    expect(gatesDecided([run(80), run(85)], 3, GATES)).toBe(true);
    expect(gatesDecided([run(100), run(85)], 3, GATES)).toBe(false);
    // Performance agrees, accessibility does not.
    expect(gatesDecided([run(100, 100), run(100, 96)], 3, GATES)).toBe(false);
  });

  it('agrees with the median of all runs whenever it stops: every run triple it could skip', () => {
    const values = [80, 90, 100];
    for (const a of values) for (const b of values) for (const c of values) {
      const full = [a, b, c].sort((x, y) => x - y)[1]! >= 90;
      if (gatesDecided([run(a), run(b)], 3, GATES)) expect(a >= 90, `${a} ${b} ${c}`).toBe(full);
    }
  });
});
