import { describe, expect, it } from 'vitest';
import { compareStance } from '../../lib/stance';
import { updateWords } from '../../lib/stance/toll-update';

describe('updateWords', () => {
  it.each([
    ['the toll had risen to nine by Friday', 'risen'],
    ['the clinic had treated 30 people since Tuesday', 'since Tuesday'],
    ['so far 12 bodies have been recovered', 'so far'],
    ['nine people were killed in the blast', null],
  ])('%s -> %s', (text, expected) => {
    expect(updateWords(text)).toBe(expected);
  });
});

describe('compareStance on a count that rose over time', () => {
  const earlier = 'Seven villagers were killed when the ferry sank, the harbour office said.';

  it('reads a later, larger count given as a rise as an update, with both dates', () => {
    const stance = compareStance('The harbour office said the toll had risen to nine villagers.', earlier, { claimDate: '2026-04-03', evidenceDate: '2026-04-01' });
    expect(stance.relation).not.toBe('contradicts');
    const number = stance.reasons.find((reason) => reason.kind === 'number');
    expect(number?.note).toContain('rose from 7 (2026-04-01) to 9 (2026-04-03)');
  });

  it('still sets two different counts of the same moment against each other', () => {
    const stance = compareStance('Nine villagers were killed when the ferry sank, the rescuers said.', earlier, { claimDate: '2026-04-01', evidenceDate: '2026-04-01' });
    expect(stance.relation).toBe('contradicts');
  });

  it('does not take a smaller count given as a rise for an update', () => {
    const stance = compareStance('The toll has risen to five villagers.', 'Seven villagers were killed when the ferry sank.', { claimDate: '2026-04-03', evidenceDate: '2026-04-01' });
    expect(stance.reasons.find((reason) => reason.kind === 'number')?.note).toContain('both cannot be true');
  });
});

describe('updateWords on "reached"', () => {
  it('takes "reached" with a count as an update and "reached the site" as none', () => {
    expect(updateWords('the toll reached at least 20 on Sunday')).toBe('reached');
    expect(updateWords('rescuers reached the site where 20 were killed')).toBeNull();
  });
});
