import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/index';
import { knownClaims } from './corpus';

const ids = (index: SearchIndex, query: string, limit = 3) => index.search(query, limit).map((result) => result.id);

describe('SearchIndex ranking', () => {
  const index = SearchIndex.create(knownClaims);

  it.each([
    ['Warplanes hit the checkpoint at Tal Hamis, killing two militiamen', 'strike-two'],
    ['Officials said no airstrike was conducted by the ministry of defence', 'strike-denial'],
    ['Shops in Qasr were shut for days by floods at the market', 'flood'],
    ['Does the vaccine have a microchip to track people? #VaccineFacts', 'vaccine'],
    ['The shepherd killed near the checkpoint was a civilian, residents say', 'strike-civilian'],
  ])('%j finds %s first', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected);
  });

  it('returns results best first, at most `limit`, each once', () => {
    const results = index.search('airstrike checkpoint killed Tal Hamis', 4);
    expect(results.length).toBeLessThanOrEqual(4);
    expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
    results.slice(1).forEach((result, position) => expect(result.score).toBeLessThanOrEqual(results[position].score));
  });

  it('finds nothing for a query without index terms or with no match', () => {
    expect(index.search('the and of it', 5)).toEqual([]);
    expect(index.search('zeppelin', 5)).toEqual([]);
    expect(index.search('checkpoint', 0)).toEqual([]);
  });

  it('counts its documents', () => {
    expect(index.size).toBe(knownClaims.length);
    expect(index.has('bridge')).toBe(true);
    expect(index.has('absent')).toBe(false);
  });
});

describe('SearchIndex add and remove', () => {
  it('replaces a document added again under the same id', () => {
    const index = SearchIndex.create(knownClaims);
    index.add([{ id: 'bridge', text: 'A ferry now carries cars across the river.' }]);
    expect(index.size).toBe(knownClaims.length);
    expect(ids(index, 'ferry cars')).toEqual(['bridge']);
    expect(ids(index, 'cracked pillars repaired')).not.toContain('bridge');
  });

  it('forgets removed documents and ignores unknown ids', () => {
    const index = SearchIndex.create(knownClaims);
    expect(index.remove(['strike-two', 'never-added'])).toBe(1);
    expect(index.has('strike-two')).toBe(false);
    expect(ids(index, 'airstrike checkpoint killed two militia', 10)).not.toContain('strike-two');
  });

  it('keeps only the last of duplicate ids in one batch', () => {
    const index = SearchIndex.create([
      { id: 'a', text: 'first wording about a dam' },
      { id: 'a', text: 'second wording about a tunnel' },
    ]);
    expect(index.size).toBe(1);
    expect(ids(index, 'tunnel')).toEqual(['a']);
    expect(ids(index, 'dam')).toEqual([]);
  });

  it('grows from empty one document at a time and still ranks across segments', () => {
    const index = SearchIndex.create();
    for (const claim of knownClaims) index.add([claim]);
    expect(index.size).toBe(knownClaims.length);
    expect(ids(index, 'denied airstrike ministry')[0]).toBe('strike-denial');
    expect(ids(index, 'flooded market Qasr')[0]).toBe('flood');
  });

  it('survives many adds and removes that force merges', () => {
    const index = SearchIndex.create();
    for (let batch = 0; batch < 30; batch += 1) {
      index.add(Array.from({ length: 50 }, (_, n) => ({ id: `d${batch}-${n}`, text: `report ${batch} number ${n} about harbour ${n % 7}` })));
      index.remove(Array.from({ length: 20 }, (_, n) => `d${batch}-${n}`));
    }
    expect(index.size).toBe(30 * 30);
    expect(index.manifest().segments.length).toBeLessThanOrEqual(7);
    expect(index.has('d29-49')).toBe(true);
    expect(index.has('d29-0')).toBe(false);
  });

  it('empties completely and fills again', () => {
    const index = SearchIndex.create([{ id: 'a', text: 'river flood' }, { id: 'b', text: 'bridge repair' }]);
    index.remove(['a', 'b']);
    expect(index.size).toBe(0);
    expect(index.manifest().segments).toEqual([]);
    index.add([{ id: 'c', text: 'the flood returned' }]);
    expect(ids(index, 'flood')).toEqual(['c']);
  });
});
