import { describe, expect, it } from 'vitest';
import { onlyAttribution } from './only-attribution';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": quotations inverted and split, over several sentences and
// paragraphs, and quotes inside quotes, in straight and curly marks.

describe('inverted quotations', () => {
  it.each([
    ['“We will rebuild every house,” the statement read.', 'read', 'the statement', '“We will rebuild every house,”'],
    ['"We will rebuild every house," the statement read.', 'read', 'the statement', '"We will rebuild every house,"'],
    ['“We will rebuild every house,” said Omar Selim.', 'said', 'Omar Selim', '“We will rebuild every house,”'],
    ['Omar Selim said: “We will rebuild every house.”', 'said', 'Omar Selim', '“We will rebuild every house.”'],
  ])('%s', (text, cue, source, content) => {
    const attribution = onlyAttribution(text);
    expect(attribution.cue.text).toContain(cue);
    expect(attribution).toMatchObject({ source: { text: source }, content: { text: content } });
  });

  it('gives "the statement read" the party that issued the statement', () => {
    const text = 'The Harbour Authority denied closing the port.\n\n“Ships are docking as usual,” the statement read.';
    const read = extractAttributions(text).find((a) => a.cue.text === 'read');
    expect(read).toMatchObject({ speaker: 'Harbour Authority', content: { text: '“Ships are docking as usual,”' } });
  });
});

describe('split quotations', () => {
  it('covers both parts around "X said,"', () => {
    const text = '“We will rebuild every house,” Omar Selim said, “and we will start this week.”';
    expect(onlyAttribution(text)).toMatchObject({ speaker: 'Omar Selim', content: { text } });
  });

  it('covers a quotation that resumes in the next sentence', () => {
    const text = '“We will rebuild every house,” Omar Selim said. “We start this week.”';
    expect(onlyAttribution(text)).toMatchObject({ speaker: 'Omar Selim', content: { text } });
  });
});

describe('quotations over several sentences and paragraphs', () => {
  it('keeps three quoted sentences in one claim', () => {
    const text = '“The water came at night. We had no warning. Nobody came to help,” said Lina Haddad, a teacher.';
    expect(onlyAttribution(text)).toMatchObject({
      speaker: 'Lina Haddad',
      content: { text: '“The water came at night. We had no warning. Nobody came to help,”' },
    });
  });

  it('carries a quotation into the next paragraph that reopens it', () => {
    const text = [
      'Lina Haddad, a teacher, said the water came at night.',
      '“We had no warning,” she said. “Nobody came to help.',
      '“We lost the school, the clinic and the bakery.”',
    ].join('\n\n');
    const she = extractAttributions(text).find((a) => a.source?.text === 'she');
    expect(she?.speaker).toBe('Lina Haddad');
    expect(she?.content.text.startsWith('“We had no warning,”')).toBe(true);
    expect(she?.content.text.endsWith('“We lost the school, the clinic and the bakery.”')).toBe(true);
  });
});

describe('quotes inside quotes', () => {
  it.each([
    ['“The officer told us ‘you have ten minutes’ and then they fired,” Lina Haddad said.', '‘you have ten minutes’'],
    ['“When the officer said ‘leave now’, we ran,” said Lina Haddad.', '‘leave now’'],
  ])('%s', (text, inner) => {
    const attribution = onlyAttribution(text);
    expect(attribution.speaker).toBe('Lina Haddad');
    expect(attribution.content.text).toContain(inner);
  });
});

describe('a quotation before its speaker and a listener', () => {
  it('reads “...!” the mayor shouted to the crowd as the mayor’s quotation', () => {
    const [shouted] = extractAttributions('“We will rebuild!” the mayor shouted to the crowd.');
    expect([shouted.speaker, shouted.content.text]).toEqual(['mayor', '“We will rebuild!”']);
  });
});

describe('a claim the model stops inside a quotation', () => {
  it('runs on to the quotation’s close over the next paragraph', () => {
    const text = '“They shot at us,” said Omar Tal, who said he drove his tractor to the gate. “My cousin fell next to me.\n\n“Nobody fired in the air.”\n\nThe army denied it.';
    const who = extractAttributions(text).find((a) => a.source?.text === 'who');
    expect(who?.content.text.endsWith('“Nobody fired in the air.”')).toBe(true);
    expect(who?.speaker).toBe('Omar Tal');
  });
});

describe('a claim before a quotation in straight marks', () => {
  it('ends at its own stop, not on the mark that opens the next quotation', () => {
    const text = 'The navy said its boat had fired at a vessel in a restricted zone. "Our sailors followed the rules," the admiral told reporters.';
    expect(extractAttributions(text)[0].content.text).toBe('its boat had fired at a vessel in a restricted zone');
  });
});
