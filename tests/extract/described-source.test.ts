import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

/** Each attribution of a text as "speaker | cue | claim". */
function readings(text: string): string[] {
  return extractAttributions(text).map((a) => `${a.speaker} | ${a.cue.text} | ${a.content.text}`);
}

describe('claims inside the clause that describes a speaker', () => {
  it.each([
    ['A farmer who witnessed the attack told AFP the gunmen fled.', ['farmer | told | the gunmen fled']],
    ['"They fled," a farmer who witnessed the attack said.', ['farmer | said | "They fled,"']],
    ['"They fled," a shepherd who said he saw the attack told AFP.', ['shepherd | told | "They fled,"', 'shepherd | said | he saw the attack']],
    ['Women who have accused the mayor of fraud said they were threatened.', ['Women | have accused | the mayor of fraud', 'Women | said | they were threatened']],
    ['The colonel, who denied the report, said the convoy was never attacked.', ['colonel | denied | the report', 'colonel | said | the convoy was never attacked']],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('keeps a verb of seeing whose claim is a clause', () => {
    expect(readings('Villagers said they saw soldiers set fire to the barns.')).toContain('Villagers | said | they saw soldiers set fire to the barns');
  });
});
