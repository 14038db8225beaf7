import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../scripts/clef2020';
import { averagePrecisionAt, rankQuality } from '../../scripts/rank-metrics';

describe('parseTsv', () => {
  it('reads quoted fields that hold tabs, newlines and doubled quotes', () => {
    const text = 'id\ttext\n1\t"He said ""no""\tthen\nleft"\tplain\n2\tunquoted\t\r\n\n3\t"unterminated';
    expect(parseTsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'He said "no"\tthen\nleft', 'plain'],
      ['2', 'unquoted', ''],
      ['3', 'unterminated'],
    ]);
  });

  it('returns no rows for empty input', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('rank metrics', () => {
  it('computes average precision at k and MAP/MRR', () => {
    expect(averagePrecisionAt(['a', 'x', 'b'], new Set(['a', 'b']), 5)).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecisionAt(['x', 'y'], new Set(['a']), 5)).toBe(0);
    const quality = rankQuality([{ ranked: ['x', 'a'], relevant: new Set(['a']) }, { ranked: ['b'], relevant: new Set(['b']) }], 5);
    expect(quality.map).toBeCloseTo(0.75);
    expect(quality.mrr).toBeCloseTo(0.75);
  });
});
