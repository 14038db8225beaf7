import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

type Row = [cue: string, source: string | undefined, content: string];

function rows(text: string): Row[] {
  return extractAttributions(text).map((a) => [a.cue.text, a.source?.text, a.content.text]);
}

describe('a report inside another report', () => {
  it.each<[string, Row[]]>([
    [
      'The mayor said the engineers warned of cracks in the dam.',
      [['said', 'The mayor', 'the engineers warned of cracks in the dam'], ['warned', 'the engineers', 'of cracks in the dam']],
    ],
    [
      'The agency said its correspondent reported heavy shelling overnight.',
      [['said', 'The agency', 'its correspondent reported heavy shelling overnight'], ['reported', 'its correspondent', 'heavy shelling overnight']],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('a report joined to another', () => {
  it.each<[string, Row[]]>([
    [
      'Officials said at least 12 people had died, while rescuers put the toll at 20.',
      [['said', 'Officials', 'at least 12 people had died'], ['put', 'rescuers', 'the toll at 20']],
    ],
    [
      'The army said the strike hit a depot, but villagers said it hit a school.',
      [['said', 'The army', 'the strike hit a depot'], ['said', 'villagers', 'it hit a school']],
    ],
    ['The army said the rebels fired and the rebels denied it.', [['said', 'The army', 'the rebels fired'], ['denied', 'the rebels', 'it']]],
    [
      'The ferry operator denied that any warnings had been ignored and said the ship had passed an inspection.',
      [['denied', 'The ferry operator', 'that any warnings had been ignored'], ['said', 'The ferry operator', 'the ship had passed an inspection']],
    ],
    [
      'The guards say they were attacked; the farmers say they were unarmed.',
      [['say', 'The guards', 'they were attacked'], ['say', 'the farmers', 'they were unarmed']],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('keeps a second claim of the same speaker opened by "and that"', () => {
    const [said] = extractAttributions('The mayor said the dam held and that engineers would inspect it on Monday.');
    expect(said.content.text).toBe('the dam held and that engineers would inspect it on Monday');
  });
});

describe('an estimate given as "put the toll at"', () => {
  it.each([
    ['Officials said three died, while medics put the death toll at 20.', 'medics'],
    ['The health ministry placed the number of dead at 12 on Sunday.', 'The health ministry'],
  ])('%s', (text, source) => {
    const estimate = extractAttributions(text).find((a) => /^(?:put|placed)$/.test(a.cue.text));
    expect(estimate?.source?.text).toBe(source);
  });
});

describe('a figure revised as "revised the toll to"', () => {
  it.each([
    ['Police later revised the toll to four, citing a hospital record.', 'revised', 'Police', 'the toll to four'],
    ['The ministry raised the death toll to 14 on Tuesday.', 'raised', 'The ministry', 'the death toll to 14 on Tuesday'],
  ])('%s', (text, cue, source, content) => {
    expect(extractAttributions(text).map((a) => [a.cue.text, a.source?.text, a.content.text])).toEqual([[cue, source, content]]);
  });

  it('keeps "raised" of other things out', () => {
    expect(extractAttributions('The bank raised the rate to four percent.').map((a) => a.cue.text)).not.toContain('raised');
  });
});

describe('reported speech and its paragraph', () => {
  it('ends an unquoted claim with its paragraph', () => {
    const text = 'The ministry gave another account. It added that an inquiry had been opened.\n\n“They shot straight at us,” said Omar Tal, 52, a farmer.';
    const added = extractAttributions(text).find((a) => a.cue.text === 'added');
    expect([added?.speaker, added?.content.text]).toEqual(['ministry', 'that an inquiry had been opened']);
  });
});

describe('reported speech running on into a paragraph with no cue', () => {
  it('keeps the quotation a colon introduces in the next paragraph', () => {
    const text = 'The mayor observed that the real winner was the town itself:\n\n“Nobody lost the vote, and everybody kept the bridge.”';
    expect(extractAttributions(text)[0].content.text).toBe(
      'that the real winner was the town itself:\n\n“Nobody lost the vote, and everybody kept the bridge.”',
    );
  });
});
