import { describe, expect, it } from 'vitest';
import { mapInSlices, type SliceScheduler } from '../../lib/slices/slice-clock';

/** A clock that moves 4 ms on each reading and counts the page's turns. */
function steppingScheduler(): SliceScheduler & { turns: number } {
  let time = 0;
  const scheduler = {
    turns: 0,
    now: () => (time += 4),
    yieldToPage: async () => {
      scheduler.turns++;
    },
  };
  return scheduler;
}

describe('mapInSlices', () => {
  it('maps every item in order and gives the page turns once a slice has used its budget', async () => {
    const scheduler = steppingScheduler();
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(await mapInSlices(items, (item, index) => item * 10 + index, scheduler, 10)).toEqual(items.map((i) => i * 11));
    expect(scheduler.turns).toBeGreaterThan(3);
  });

  it('gives no turn when the work fits in one slice', async () => {
    const scheduler = steppingScheduler();
    expect(await mapInSlices([1, 2], (item) => item, scheduler, 1000)).toEqual([1, 2]);
    expect(scheduler.turns).toBe(0);
  });
});
