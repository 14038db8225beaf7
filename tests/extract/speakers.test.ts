import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

function speakers(text: string): Array<[string, string | null, string]> {
  return extractAttributions(text).map((a) => [a.cue.text, a.speaker, a.speakerKind]);
}

describe('speakers resolved in context', () => {
  it('resolves "it added" to the organisation that spoke before', () => {
    const text = 'The Northern Monitor for Civil Rights said six people were killed in the shelling.\n\nThree of the dead were children, it added.';
    expect(speakers(text)).toEqual([
      ['said', 'Northern Monitor for Civil Rights', 'monitor'],
      ['added', 'Northern Monitor for Civil Rights', 'monitor'],
    ]);
  });

  it('resolves "he said" to the person named before, with the kind from the title', () => {
    const text = 'The alliance spokesman, Colonel Anna Berg, visited the base on Friday.\n\nIn a short statement, she said that the patrol had come under fire.';
    expect(speakers(text)).toContainEqual(['said', 'Anna Berg', 'military']);
  });

  it('resolves "the statement read" to the party whose statement it is', () => {
    const text = 'The coalition denied that its aircraft had struck the village.\n\n“Our troops acted in self-defence,” the statement read.';
    const found = speakers(text);
    expect(found).toContainEqual(['read', 'coalition', 'military']);
  });

  it('merges a full name and its acronym into one speaker', () => {
    const text = 'The Northern Monitor for Civil Rights (NMCR) said the toll was six.\n\nThe NMCR later said two more bodies were found.';
    expect(new Set(speakers(text).map(([, speaker]) => speaker))).toEqual(new Set(['Northern Monitor for Civil Rights']));
  });

  it('names an unnamed source as such', () => {
    expect(speakers('Officials in Berlin say the plan is on track.')).toEqual([['say', 'Officials in Berlin', 'unnamed']]);
    expect(speakers('A source close to the talks said an agreement was near.')[0][2]).toBe('unnamed');
  });

  it('gives a participle the subject of its clause', () => {
    const text = 'The ministry rejected the report, saying no strike had taken place.';
    const saying = extractAttributions(text).find((a) => a.cue.text === 'saying');
    expect(saying?.speaker).toBe('ministry');
  });
});

describe('nested sources', () => {
  it('keeps the cited source as via and out of the claim', () => {
    const [attribution] = extractAttributions('The state agency said, citing local sources, that the dead man had joined a rebel unit.');
    expect(attribution).toMatchObject({ via: 'local sources', speakerKind: 'state-media' });
    expect(attribution.content.text).toBe('that the dead man had joined a rebel unit');
  });

  it('finds the speaker before a citing clause', () => {
    const [attribution] = extractAttributions('Local media, citing witnesses, reported that the bridge had collapsed.');
    expect(attribution).toMatchObject({ speaker: 'Local media', via: 'witnesses' });
  });
});

describe('hedges kept on the claim', () => {
  it.each([
    ['The soldiers allegedly fired on the crowd, residents said.', 'allegedly'],
    ['The strike reportedly killed four fighters, local media said.', 'reportedly'],
    ['The militia claimed that its fighters had shot down a drone.', 'claimed'],
  ])('%s', (text, hedge) => {
    expect(extractAttributions(text)[0].hedges).toContain(hedge);
  });
});

describe('claims before the source', () => {
  it('takes the clause before ", the agency said, citing ..." as the claim', () => {
    const text = 'The clash took place near the northern checkpoint on Sunday, the state-run KNA news agency said, citing its reporter.';
    const [attribution] = extractAttributions(text);
    expect(attribution).toMatchObject({ speaker: 'KNA', via: 'its reporter' });
    expect(attribution.content.text).toContain('The clash took place near the northern checkpoint');
  });

  it('keeps a dateline out of a claim read with "according to"', () => {
    const text = 'MARAVEN, Northern Region — The alliance denied striking the depot on Monday, according to a statement.';
    const according = extractAttributions(text).find((a) => a.cue.text === 'according to');
    expect(according?.content.text.startsWith('The alliance denied')).toBe(true);
  });
});
