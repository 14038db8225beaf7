import { describe, expect, it } from 'vitest';
import { claimFactsSchema, readFacts } from '../../lib/facts';

describe('claimFactsSchema', () => {
  it('validates what readFacts returns and survives a JSON round trip', () => {
    const facts = readFacts('On Monday, at least two soldiers were killed near Kafr Lam when jets struck, officials said.', {
      reference: '2022-05-04',
    });
    const stored = JSON.parse(JSON.stringify(facts));
    expect(claimFactsSchema.parse(stored)).toEqual(facts);
  });

  it('rejects a toll without a slot', () => {
    const facts = { ...readFacts('Three were killed.'), tolls: [{ min: 3, max: 3, text: 'three', who: null }] };
    expect(claimFactsSchema.safeParse(facts).success).toBe(false);
  });
});
