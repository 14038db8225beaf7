import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { spokenWords } from '../../lib/model/spoken-words';

const spokenOf = (text: string) => spokenWords(extractAttributions(text)[0]);

describe('spokenWords', () => {
  it('leaves out the reporting clause of a quotation split by its speaker', () => {
    const text = '"The pumps never started," said Olek Varn, a ferry engineer. "We bailed by hand."';
    expect(spokenOf(text)).toBe('"The pumps never started," … "We bailed by hand."');
  });

  it('keeps a claim whose speaker stands outside it as it is', () => {
    expect(spokenOf('The ferry engineer said the pumps never started.')).toBe('the pumps never started');
  });
});
