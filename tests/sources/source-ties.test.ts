import { describe, expect, it } from 'vitest';
import { findNameTies } from '../../lib/sources/source-ties';

describe('findNameTies', () => {
  it('ties a name to the acronym in brackets after it', () => {
    expect(findNameTies('On Monday the Northern Monitor for Civil Rights (NMCR) said.')).toEqual([['Northern Monitor for Civil Rights', 'NMCR']]);
  });
  it('ties a task-force name to its hyphenated acronym', () => {
    expect(findNameTies('Joint Task Force – Operation Steady Shield (JTF-OSS) said.')).toEqual([['Joint Task Force – Operation Steady Shield', 'JTF-OSS']]);
  });
  it('ties a description to the name it is known as', () => {
    expect(findNameTies('the multinational coalition, known as Operation Steady Shield, said')).toEqual([['multinational coalition', 'Operation Steady Shield']]);
  });
  it('ties a description to the name it is also known as', () => {
    expect(findNameTies('The coalition, also known as Operation Granite Shield, said')).toEqual([['coalition', 'Operation Granite Shield']]);
  });
  it('ties a name to the description it is formally known by, given after it', () => {
    expect(findNameTies('Joint Task Force – Operation Steady Shield, as the coalition is formally known, said')).toEqual([
      ['coalition', 'Joint Task Force – Operation Steady Shield'],
    ]);
    expect(findNameTies('Critics, as the coalition is called by some, said')).toEqual([]);
  });
  it('ties a described coalition to its acronym in brackets', () => {
    expect(findNameTies('The US-led coalition (CJTF-OGS) said')).toEqual([['US-led coalition', 'CJTF-OGS']]);
  });
  it('ties no date to a wire credit in brackets, but a wire to its own acronym', () => {
    expect(findNameTies('The clash on Monday (AFP) left two dead.')).toEqual([]);
    expect(findNameTies('The news agency Agence France-Presse (AFP) said.')).toEqual([['Agence France-Presse', 'AFP']]);
  });
  it('stays quick on a long run of capitalised words', () => {
    const hostile = 'Aa-Bb '.repeat(50_000) + '(AB';
    expect(Array.isArray(findNameTies(hostile))).toBe(true);
    expect(Array.isArray(findNameTies('the aa bb '.repeat(50_000) + 'coalition (AB)'))).toBe(true);
    expect(findNameTies('Aa Bb, as the aa is known '.repeat(20_000)).length).toBe(20_000);
  });
});
