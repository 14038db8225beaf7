import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';
import { tellsOfIncident } from '../../lib/incident';

describe('tellsOfIncident', () => {
  it.each([
    ['Jets struck the market at noon.', true],
    ['Two soldiers were wounded at the checkpoint.', true],
    ['Police detained three protesters.', true],
    ['Farmers hit by the drought say repairs to the canal stopped in April.', false],
    ['The council said the money was sent in February.', false],
  ])('%s -> %s', (text, expected) => {
    expect(tellsOfIncident(readFacts(text))).toBe(expected);
  });
});
