import { describe, expect, it } from 'vitest';
import { decodeLabels, type LabelScorer } from '../../lib/extract/viterbi';

// Label 2 scores 1 on every token but the third (-2); staying in label 2 earns 1 more, entering it costs 2.
const score: LabelScorer = (t, previous, out) => {
  out.fill(0);
  out[2] = (t === 2 ? -2 : 1) + (previous === 2 ? 1 : -2);
};
const never = () => false;

describe('decodeLabels', () => {
  it('keeps a span through one low-scoring token when the tokens after it score high', () => {
    expect([...decodeLabels(0, 5, never, never, score)]).toEqual([2, 2, 2, 2, 2]);
  });

  it('labels a restarting token 0 and starts the chain afresh after it', () => {
    expect([...decodeLabels(0, 5, (t) => t === 2, never, score)]).toEqual([2, 2, 0, 2, 2]);
  });

  it('labels a forced token 0', () => {
    expect([...decodeLabels(0, 5, never, (t) => t === 2, score)]).toEqual([2, 2, 0, 2, 2]);
  });

  it('scores a forced token only when a label other than 0 could come before it', () => {
    const asked = new Set<number>();
    const counting: LabelScorer = (t, previous, out) => {
      asked.add(t);
      score(t, previous, out);
    };
    const forced = (t: number) => t >= 2 && t <= 4;
    expect([...decodeLabels(0, 7, never, forced, counting)]).toEqual([2, 2, 0, 0, 0, 2, 2]);
    expect([...asked]).toEqual([0, 1, 2, 5, 6]);
  });

  it('answers label 0 everywhere when nothing scores', () => {
    expect([...decodeLabels(3, 6, never, never, (_t, _previous, out) => out.fill(0))]).toEqual([0, 0, 0]);
  });
});
