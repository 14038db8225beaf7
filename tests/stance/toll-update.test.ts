import { describe, expect, it } from 'vitest';
import type { Toll } from '../../lib/facts/schema';
import { compareStance } from '../../lib/stance';
import { isTollUpdate, updateWording } from '../../lib/stance/toll-update';

const killed = (count: number, text: string): Toll => ({ slot: 'killed', min: count, max: count, text, who: null });

describe('updateWording', () => {
  it.each([
    ['the toll had risen to nine by Friday', 'nine', { words: 'risen to', rise: true }],
    ['the toll climbed sharply to nine overnight', 'nine', { words: 'climbed sharply to', rise: true }],
    // A revising cue put before the claim's words by claimWords.
    ['raised the death toll to 14', '14', { words: 'raised the death toll to', rise: true }],
    ['the clinic had counted 30 dead since Tuesday', '30 dead', { words: 'since Tuesday', rise: false }],
    ['so far 12 bodies have been recovered', '12 bodies', { words: 'so far', rise: false }],
    ['nine people were killed in the blast', 'nine people were killed', null],
    ['amid rising tensions', 'nine', null],
  ])('%s', (text, count, expected) => {
    expect(updateWording(text, killed(9, count))).toEqual(expected);
  });

  it('looks for the words beside the count only, not anywhere in a long text', () => {
    const text = `${'The harbour was calm. '.repeat(10)}The port said so far the ferries ran late. Separately, nine people were killed.`;
    expect(updateWording(text, killed(9, 'nine people were killed'))).toBeNull();
  });
});

describe('isTollUpdate', () => {
  const earlier = killed(7, 'Seven villagers were killed');
  const sides = (claimText: string, claimDate: string | null, evidenceDate: string | null) => ({
    claimText, evidenceText: 'Seven villagers were killed', claimDate, evidenceDate,
  });

  it('takes a later count worded as a rise for an update', () => {
    expect(isTollUpdate(killed(9, 'nine'), earlier, sides('the toll had risen to nine', '2026-04-03', '2026-04-01'))).toBe(true);
  });

  it('never takes a larger count dated before the smaller one for an update', () => {
    expect(isTollUpdate(killed(9, 'nine'), earlier, sides('the toll had risen to nine', '2026-03-30', '2026-04-01'))).toBe(false);
  });

  it('takes a running tally for an update only when it is dated later', () => {
    const tally = 'so far nine have died';
    expect(isTollUpdate(killed(9, 'nine'), earlier, sides(tally, '2026-04-03', '2026-04-01'))).toBe(true);
    expect(isTollUpdate(killed(9, 'nine'), earlier, sides(tally, '2026-04-01', '2026-04-01'))).toBe(false);
    expect(isTollUpdate(killed(9, 'nine'), earlier, sides(tally, null, null))).toBe(false);
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
