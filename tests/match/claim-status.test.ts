import { describe, expect, it } from 'vitest';
import { claimStatus } from '../../lib/match/claim-status';
import { applyCorrections } from '../../lib/match/apply-corrections';
import type { ClaimMatch, ClaimReport } from '../../lib/model/page-claim';
import type { Relation } from '../../lib/model/stance';

function match(otherId: string, relation: Relation): ClaimMatch {
  return {
    otherId,
    text: 'Two guards were wounded at the bridge.',
    speaker: 'Harbour Police',
    speakerKind: 'government',
    outlet: 'The Valley Ledger',
    url: 'http://localhost/ledger.html',
    publishedAt: '2026-03-02',
    incidentTitle: 'Bridge shooting',
    relation,
    score: 0.8,
    reasons: [],
    corrected: false,
  };
}

describe('claimStatus', () => {
  it.each<[Relation[], string]>([
    [[], 'unmatched'],
    [['unrelated'], 'unmatched'],
    [['discusses'], 'discussed'],
    [['discusses', 'agrees'], 'corroborated'],
    [['agrees', 'contradicts', 'agrees'], 'contradicted'],
  ])('%j gives %s', (relations, status) => {
    expect(claimStatus(relations.map((relation, i) => match(`k${i}`, relation)))).toBe(status);
  });
});

describe('applyCorrections', () => {
  const report: ClaimReport = {
    claim: {
      id: 'claim-1',
      attribution: {
        source: null,
        cue: { text: 'said', start: 0, end: 4 },
        content: { text: 'one guard was wounded', start: 5, end: 26 },
        speaker: 'Port Authority',
        speakerKind: 'government',
        hedges: [],
        via: null,
      },
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'one guard was wounded', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 5, end: 26 },
      },
    },
    status: 'contradicted',
    matches: [match('k1', 'contradicts'), match('k2', 'agrees')],
  };

  it('overrides the engine, marks the match corrected and recomputes the status', () => {
    const [corrected] = applyCorrections([report], [
      { id: 'fix-1', claimId: 'claim-1', otherId: 'k1', relation: 'unrelated', correctedAt: 1 },
    ]);
    expect(corrected.matches[0]).toMatchObject({ relation: 'unrelated', corrected: true });
    expect(corrected.matches[1]).toMatchObject({ relation: 'agrees', corrected: false });
    expect(corrected.status).toBe('corroborated');
  });

  it('leaves reports alone when a correction names another claim', () => {
    const [same] = applyCorrections([report], [
      { id: 'fix-2', claimId: 'claim-9', otherId: 'k1', relation: 'agrees', correctedAt: 1 },
    ]);
    expect(same).toEqual(report);
  });
});
