import { describe, expect, it } from 'vitest';
import { guessSourceKind } from '../../lib/sources/guess-kind';
import { SourceRegistry } from '../../lib/sources/source-registry';

// Issue 3, "What it must get right": aliases and abbreviations merge into one canonical source,
// each with a kind.

/** The canonical names of the mentions once all are read (a later full name may lead). */
function names(text: string, mentions: string[]): Set<string> {
  const registry = new SourceRegistry(text);
  const sources = mentions.map((mention) => registry.resolve(mention));
  return new Set(sources.map((source) => source.name));
}

describe('a full name and its acronym merge', () => {
  it.each([
    ['brackets join them', 'The Northern Rights Observatory (NRO) counted nine dead.', ['NRO', 'the Northern Rights Observatory']],
    ['full name first, no brackets', '', ['the Northern Rights Observatory', 'the NRO']],
    ['acronym first, no brackets', '', ['the NRO', 'the Northern Rights Observatory', 'NRO']],
    ['small words skipped in the initials', '', ['the Observatory for Human Rights in the Valley', 'OHRV']],
    ['a hyphenated acronym', '', ['Joint Task Force – Operation Steady Shield', 'JTF-OSS']],
  ])('%s', (_, text, mentions) => {
    expect(names(text, mentions).size).toBe(1);
  });

  it('leads with the full name and takes its kind, whichever came first', () => {
    const registry = new SourceRegistry('');
    registry.resolve('the NRO');
    expect(registry.resolve('the Northern Rights Observatory')).toEqual({ name: 'Northern Rights Observatory', kind: 'monitor', aliases: ['NRO'] });
  });

  it('reads "the monitor" as the monitor named before', () => {
    expect(names('', ['the Northern Rights Observatory', 'the monitor'])).toEqual(new Set(['Northern Rights Observatory']));
  });

  it.each([
    ['the agency', ['Valdoria’s state-run VNA news agency', 'the Valley Courier', 'the agency'], 'VNA'],
    ['the broadcaster', ['Radio Meridian', 'Reuters', 'the broadcaster'], 'Radio Meridian'],
    ['the newspaper', ['the Valley Courier', 'Reuters', 'the newspaper'], 'Valley Courier'],
  ])('reads "%s" as the last party of that kind', (_, mentions, expected) => {
    const registry = new SourceRegistry('');
    const sources = mentions.map((mention) => registry.resolve(mention));
    expect(sources[sources.length - 1].name).toBe(expected);
  });

  it('keeps an acronym whose letters spell another name apart', () => {
    expect(names('', ['the Northern Rights Observatory', 'the NRA']).size).toBe(2);
  });
});

describe('the coalition, the US-led coalition and its task force', () => {
  it('merges "the coalition", "the US-led coalition" and "coalition forces"', () => {
    expect(names('', ['the coalition', 'the US-led coalition', 'coalition forces'])).toEqual(new Set(['US-led coalition']));
  });

  const operation = ['the coalition', 'the US-led coalition', 'Operation Granite Shield', 'Combined Joint Task Force – Operation Granite Shield'];
  const taskForce = ['the coalition', 'the US-led coalition', 'CJTF-OGS', 'Combined Joint Task Force – Operation Granite Shield'];
  it.each([
    ['known as', 'The US-led coalition, known as Operation Granite Shield, said the strike was lawful.', operation],
    ['also known as', 'The coalition, also known as Operation Granite Shield, said the strike was lawful.', operation],
    ['an acronym in brackets', 'The US-led coalition (CJTF-OGS) said the strike was lawful.', taskForce],
    ['the task force named outright', 'The US-led coalition, known as Combined Joint Task Force – Operation Granite Shield, said the strike was lawful.', [...operation, 'CJTF-OGS']],
  ])('merges the task-force name when the text ties it: %s', (_, text, mentions) => {
    const registry = new SourceRegistry(text);
    const resolved = mentions.map((mention) => registry.resolve(mention));
    expect(new Set(resolved.map((source) => source.name)).size).toBe(1);
    expect(resolved[0].kind).toBe('military');
  });

  it('keeps an operation apart from the coalition when the text does not tie them', () => {
    expect(names('', ['the coalition', 'Operation Granite Shield']).size).toBe(2);
  });
});

describe('each canonical source has a kind', () => {
  it.each([
    ['the defence ministry', 'government'],
    ['the Harbour Authority', 'government'],
    ['the police', 'government'],
    ['the army', 'military'],
    ['Combined Joint Task Force – Operation Granite Shield', 'military'],
    ['the Free Valley Militia', 'armed-group'],
    ['rebels', 'armed-group'],
    ['state television', 'state-media'],
    ['the state-run news agency', 'state-media'],
    ['the Northern Rights Observatory', 'monitor'],
    ['Reuters', 'news-agency'],
    ['the Valley Courier', 'news-agency'],
    ['Radio Meridian', 'news-agency'],
    ['a radio reporter', 'journalist'],
    ['a local journalist', 'journalist'],
    ['a witness', 'witness'],
    ['villagers', 'witness'],
    ['officials in Washington', 'unnamed'],
    ['a source close to the negotiations', 'unnamed'],
    ['unconfirmed reports', 'unnamed'],
    ['local media', 'unnamed'],
  ] as const)('%s -> %s', (name, kind) => {
    expect(guessSourceKind(name)).toBe(kind);
  });
});
