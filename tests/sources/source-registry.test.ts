import { describe, expect, it } from 'vitest';
import { canonicalSource, SourceRegistry } from '../../lib/sources/source-registry';

const article = [
  'The Northern Monitor for Civil Rights (NMCR) counted six dead.',
  'Joint Task Force – Operation Steady Shield (JTF-OSS) leads the multinational coalition, known as Operation Steady Shield.',
].join('\n\n');

describe('SourceRegistry', () => {
  it('merges a monitor’s full name, its acronym and "the monitor"', () => {
    const registry = new SourceRegistry(article);
    const names = ['NMCR', 'the Northern Monitor for Civil Rights', 'the monitor'].map((m) => registry.resolve(m).name);
    expect(new Set(names)).toEqual(new Set(['Northern Monitor for Civil Rights']));
    expect(registry.resolve('NMCR').kind).toBe('monitor');
  });

  it('merges the coalition, its description and its task-force name when the text ties them', () => {
    const registry = new SourceRegistry(article);
    const names = ['the multinational coalition', 'the coalition', 'the Coalition', 'JTF-OSS'].map((m) => registry.resolve(m).name);
    expect(new Set(names).size).toBe(1);
    expect(registry.resolve('the coalition').kind).toBe('military');
  });

  it('merges a person’s full name, title and surname', () => {
    const registry = new SourceRegistry('');
    const first = registry.resolve('Colonel Anna Berg');
    expect(first).toMatchObject({ name: 'Anna Berg', kind: 'military' });
    expect(registry.resolve('Berg').name).toBe('Anna Berg');
  });

  it('keeps unrelated parties apart', () => {
    const registry = new SourceRegistry('');
    expect(registry.resolve('the interior ministry').name).not.toBe(registry.resolve('state TV').name);
  });

  it('does not read a plural noun as the one party whose name ends in it', () => {
    const registry = new SourceRegistry('');
    registry.resolve('the Popular Defence Forces');
    expect(registry.resolve('forces').name).toBe('forces');
    expect(registry.resolve('the forces').name).not.toBe('Popular Defence Forces');
  });
});

describe('canonicalSource', () => {
  it('gives the canonical name, kind and aliases of one name in a text', () => {
    expect(canonicalSource('NMCR', article)).toEqual({ name: 'Northern Monitor for Civil Rights', kind: 'monitor', aliases: ['NMCR'] });
  });
  it('guesses the kind of a name on its own', () => {
    expect(canonicalSource('residents')).toEqual({ name: 'residents', kind: 'witness', aliases: [] });
  });
});
