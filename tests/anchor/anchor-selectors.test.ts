import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeSpan, maxFuzzyQuoteChars } from '../../lib/anchor';
import { numbersIn } from '../../lib/anchor/numbers';

const original =
  'The regional health office said two civilians were killed at the Qadir checkpoint on Thursday. ' +
  'The army said its soldiers fired warning shots and that nobody was hurt. ' +
  'A monitor said three people died, including a teacher.';
const claim = 'two civilians were killed at the Qadir checkpoint on Thursday';
const claimStart = original.indexOf(claim);
const selectors = describeSpan(original, claimStart, claimStart + claim.length);

function anchoredText(text: string): string | null {
  const span = anchorSelectors(text, selectors);
  return span && text.slice(span.start, span.end);
}

describe('describeSpan', () => {
  it('records the exact words, 32 characters of context and the position', () => {
    expect(selectors).toEqual({
      quote: { type: 'TextQuoteSelector', exact: claim, prefix: 'The regional health office said ', suffix: '. The army said its soldiers fir' },
      position: { type: 'TextPositionSelector', start: 32, end: 32 + claim.length },
    });
  });

  it('keeps short context at the edges of the text', () => {
    expect(describeSpan('Police said so.', 0, 6).quote).toMatchObject({ exact: 'Police', prefix: '', suffix: ' said so.' });
  });

  it.each([
    [-1, 3],
    [3, 3],
    [5, 2],
    [0, 99],
  ])('refuses the span [%i, %i)', (start, end) => {
    expect(() => describeSpan('Police said so.', start, end)).toThrow(RangeError);
  });
});

describe('anchorSelectors', () => {
  it.each([
    ['the unchanged text, by position', original, claim],
    ['text inserted before the quote', 'UPDATE: this story has been revised with new details. ' + original, claim],
    ['the quote moved to the end', original.replace(claim, 'an incident took place') + ' Officials later said ' + claim + '.', claim],
    ['a small edit inside the quote', original.replace('civilians were killed', 'civilians had been killed'), 'two civilians had been killed at the Qadir checkpoint on Thursday'],
    ['a typo fixed and spacing changed', original.replace('Qadir checkpoint', 'Qaddir  checkpoint'), 'two civilians were killed at the Qaddir  checkpoint on Thursday'],
  ])('re-anchors after %s', (_name, text, expected) => {
    expect(anchoredText(text)).toBe(expected);
  });

  it.each([
    ['a near-duplicate with another toll', original.replace(claim, 'three civilians were killed at the Qadir checkpoint on Thursday')],
    ['a near-duplicate with another toll in digits', original.replace(claim, '12 civilians were killed at the Qadir checkpoint on Thursday')],
    ['a near-duplicate with another date number', original.replace(claim, 'two civilians were killed at the Qadir checkpoint on 3 March')],
    ['the quote removed', original.replace(claim, 'the incident is under investigation')],
    ['an unrelated text', 'Floods closed the coastal road for a third day, officials said.'],
    ['an empty text', ''],
  ])('refuses %s', (_name, text) => {
    expect(anchorSelectors(text, selectors)).toBeNull();
  });

  it('passes over a closer near-duplicate with another toll to reach the edited quote', () => {
    const text =
      'Early on, officials said three civilians were killed at the Qadir checkpoint on Thursday. ' +
      'Later the regional health office said two civilians had died at the Qadir checkpoint on Thursday.';
    expect(anchoredText(text)).toBe('two civilians had died at the Qadir checkpoint on Thursday');
  });

  it('finds an edited quote deep in a long text', () => {
    const filler = 'Unrelated words about the weather and the markets fill this sentence. '.repeat(15_000);
    const text = filler + original.replace('were killed', 'were shot dead') + filler;
    expect(anchoredText(text)).toBe('two civilians were shot dead at the Qadir checkpoint on Thursday');
  });

  it('lets the context choose between repeats of the quote', () => {
    const repeated = 'The mayor said it was calm. The police said it was calm. The army said it was calm.';
    const second = repeated.indexOf('it was calm', 30);
    const recorded = describeSpan(repeated, second, second + 'it was calm'.length);
    const edited = 'Early reports: ' + repeated;
    const span = anchorSelectors(edited, recorded);
    expect(span && edited.slice(span.start - 'police said '.length, span.end)).toBe('police said it was calm');
  });

  it('finds a short quote only exactly', () => {
    const short = describeSpan('Police said no one died.', 12, 23);
    expect(anchorSelectors('Later, police said no one died.', short)).toEqual({ start: 19, end: 30 });
    expect(anchorSelectors('Police said no one dies.', short)).toBeNull();
  });

  it('honours a stricter similarity floor', () => {
    const edited = original.replace('civilians were killed', 'civilians had been killed');
    expect(anchorSelectors(edited, selectors, { minSimilarity: 0.99 })).toBeNull();
  });

  it('stays bounded on hostile text: a long run of one letter and an overlong quote', () => {
    const hostile = 'a'.repeat(200_000);
    const quote = describeSpan('ab'.repeat(31), 0, 62);
    expect(anchorSelectors(hostile, quote)).toBeNull();
    const long = 'word '.repeat(maxFuzzyQuoteChars);
    const longSelectors = describeSpan(long, 0, long.length - 1);
    expect(anchorSelectors('x' + long.replace('word', 'ward'), longSelectors)).toBeNull();
  });
});

describe('numbersIn', () => {
  it.each([
    ['Two killed, 1,200 displaced', ['2', '1200']],
    ['at least a dozen shots on 3 March', ['12', '3']],
    ['nobody was hurt', []],
    ['the third strike in 2.5 hours', ['3rd', '2.5']],
  ])('%s', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});
