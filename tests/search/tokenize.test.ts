import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/search/tokenize';
import { cleanSocialText, splitCamelCase } from '../../lib/search/clean-social';
import { analyseText } from '../../lib/search/analyze';

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe('tokenize', () => {
  it.each([
    ['The Ministry DENIED the reports', ['ministri', 'deni', 'report']],
    ['Shelling killed 1,200 people in Ḩasakah', ['shell', 'kill', '1200', 'peopl', 'hasakah']],
    ["The mayor's office wasn't open", ['mayor', 'offic', 'open']],
    ['U.S. troops and US officials met us', ['usa', 'troop', 'usa', 'offici', 'met']],
    ['Prices rose 3.5 percent.', ['price', 'rose', '3.5', 'percent']],
    ['The U.N. envoy', ['un', 'envoi']],
    ['Two of the twenty wounded, one badly', ['2', '20', 'wound', 'on', 'badli']],
    ['Ёлка и ДОМ', ['елка', 'и', 'дом']],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('marks capitalised words that do not open a sentence, and numbers', () => {
    const tokens = tokenize('Yesterday the Governor of Kessa said 14 died.');
    expect(tokens.filter((token) => token.capitalised).map((token) => token.term)).toEqual(['governor', 'kessa']);
    expect(tokens.filter((token) => token.numeric).map((token) => token.term)).toEqual(['14']);
  });

  it('drops words longer than any real word', () => {
    expect(terms(`a${'b'.repeat(80)} bridge`)).toEqual(['bridg']);
  });
});

describe('cleanSocialText', () => {
  it('removes links, keeps the poster, month and year of a tweet trailer, and splits tags and handles', () => {
    const cleaned = cleanSocialText(
      'Flooding at the #RiverGate tonight https://t.co/abc pic.twitter.com/xyz — Dana Reyes (@danaReyesNews) March 3, 2021',
    );
    expect(cleaned).not.toMatch(/https|t\.co|pic\.twitter|@|danaReyesNews| 3,/);
    expect(cleaned).toContain('River Gate');
    expect(cleaned).toContain('Dana Reyes');
    expect(cleaned).toContain('March 2021');
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'The council said on Tuesday - after a long debate - that the bridge would reopen.';
    expect(cleanSocialText(prose)).toBe(prose);
  });

  it.each([
    ['ImpeachTrump2020', 'Impeach Trump 2020'],
    ['NASAFunding', 'NASA Funding'],
    ['stay_home', 'stay home'],
    ['lowercase', 'lowercase'],
    ['SenatorMcCrae', 'Senator McCrae'],
    ['MacAllisterFarm', 'MacAllister Farm'],
  ])('splitCamelCase(%j) = %j', (word, expected) => {
    expect(splitCamelCase(word)).toBe(expected);
  });

  it('turns a glued hashtag and link into words and nothing else', () => {
    expect(analyseText('#DefundTheRadiohttps://t.co/Xy12').map((token) => token.term)).toEqual(['defund', 'radio']);
  });
});
