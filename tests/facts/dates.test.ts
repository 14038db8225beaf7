import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

// 2021-03-10 was a Wednesday.
const reference = '2021-03-10';

describe('readFacts dates', () => {
  it.each([
    ['The raid happened on Monday.', 'Monday', '2021-03-08', '2021-03-08'],
    ['Talks resumed on Wednesday.', 'Wednesday', '2021-03-10', '2021-03-10'],
    ['The siege began last November.', 'last November', '2020-11-01', '2020-11-30'],
    ['Troops left the base in January.', 'January', '2021-01-01', '2021-01-31'],
    ['The blast happened on June 4, 2019.', 'June 4, 2019', '2019-06-04', '2019-06-04'],
    ['Voting closed on 2 February 2021.', '2 February 2021', '2021-02-02', '2021-02-02'],
    ['The statement came on Feb. 12 after the clash.', 'Feb. 12', '2021-02-12', '2021-02-12'],
    ['The list was published on 2020-12-24.', '2020-12-24', '2020-12-24', '2020-12-24'],
    ['The bridge was hit yesterday.', 'yesterday', '2021-03-09', '2021-03-09'],
    ['Shops reopened on December 20.', 'December 20', '2020-12-20', '2020-12-20'],
    ['The talks collapsed in 2019.', 'in 2019', '2019-01-01', '2019-12-31'],
  ])('%s', (text, words, start, end) => {
    expect(readFacts(text, { reference }).dates).toContainEqual({ text: words, start, end });
  });

  it('leaves relative dates unresolved without a reference date', () => {
    expect(readFacts('The raid happened on Monday.').dates).toEqual([{ text: 'Monday', start: null, end: null }]);
  });

  it('does not read "may" the verb as a month', () => {
    expect(readFacts('The toll may rise.', { reference }).dates).toEqual([]);
  });
});
