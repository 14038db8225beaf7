import type { ClaimMatch, ClaimReport, ClaimStatus } from '../../lib/model/page-claim';
import type { Attribution } from '../../lib/model/attribution';

// Invented reports about an invented clash at the Harrow Bridge checkpoint, written for these tests.

function span(text: string, start: number) {
  return { text, start, end: start + text.length };
}

function attribution(speaker: string | null, content: string, overrides: Partial<Attribution> = {}): Attribution {
  return {
    source: speaker ? span(speaker, 0) : null,
    cue: span('said', 40),
    content: span(content, 50),
    speaker,
    speakerKind: 'government',
    hedges: [],
    via: null,
    ...overrides,
  };
}

function report(id: string, status: ClaimStatus, attr: Attribution, matches: ClaimMatch[] = []): ClaimReport {
  const start = attr.content.start;
  return {
    claim: {
      id,
      attribution: attr,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: attr.content.text, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + attr.content.text.length },
      },
    },
    status,
    matches,
  };
}

function match(overrides: Partial<ClaimMatch> & Pick<ClaimMatch, 'otherId' | 'text' | 'relation'>): ClaimMatch {
  return {
    speaker: 'Valley Rights Monitor',
    speakerKind: 'monitor',
    outlet: 'The Riverside Ledger',
    url: 'https://ledger.example/harrow-bridge',
    publishedAt: '2026-02-03',
    incidentTitle: 'Harrow Bridge checkpoint clash, February 2026',
    score: 0.8,
    reasons: [],
    corrected: false,
    ...overrides,
  };
}

export const monitorTollMatch = match({
  otherId: 'known-1',
  text: 'Two farm workers were killed when the checkpoint came under fire.',
  relation: 'contradicts',
  score: 0.91,
  reasons: [
    {
      kind: 'number',
      claimSide: 'one person was killed',
      evidenceSide: 'two farm workers were killed',
      note: 'One killed and two killed cannot both be true.',
    },
    { kind: 'identity', claimSide: 'a gunman', evidenceSide: 'farm workers', note: 'The dead are described differently.' },
  ],
});

export const militiaDenialMatch = match({
  otherId: 'known-2',
  text: 'The Eastern Brigade did not open fire on anyone at the bridge.',
  speaker: 'Eastern Brigade',
  speakerKind: 'armed-group',
  outlet: 'Brigade statement',
  url: 'javascript:alert(1)',
  relation: 'contradicts',
  score: 0.7,
  reasons: [{ kind: 'negation', claimSide: 'fired on the checkpoint', evidenceSide: 'did not open fire', note: '' }],
});

export const agencyAgreeMatch = match({
  otherId: 'known-3',
  text: 'A man was shot dead at the Harrow Bridge checkpoint on Monday.',
  speaker: 'Northline Press',
  speakerKind: 'news-agency',
  outlet: 'Northline Press',
  url: 'https://northline.example/item/77',
  relation: 'agrees',
  score: 0.85,
  reasons: [{ kind: 'similarity', claimSide: 'killed at the checkpoint', evidenceSide: 'shot dead at the checkpoint', note: '' }],
});

export const ministryReport = report(
  'claim-1',
  'contradicted',
  attribution('Interior Ministry', 'one person was killed, reportedly a gunman who fired on the checkpoint', {
    hedges: ['reportedly'],
    via: 'officers at the scene',
  }),
  [agencyAgreeMatch, militiaDenialMatch, monitorTollMatch],
);

export const witnessReport = report(
  'claim-2',
  'corroborated',
  attribution('a shopkeeper', 'the shooting lasted about ten minutes', { speakerKind: 'witness' }),
  [match({ otherId: 'page:claim-4', text: 'Shots rang out for several minutes.', relation: 'agrees', url: '', outlet: '' })],
);

export const secondMinistryReport = report(
  'claim-3',
  'unmatched',
  attribution('Interior Ministry', 'the checkpoint reopened on Tuesday morning'),
);

export const unnamedReport = report(
  'claim-4',
  'discussed',
  attribution(null, 'shots rang out for several minutes', { speakerKind: 'unnamed' }),
);

export const denialReport = report(
  'claim-5',
  'contradicted',
  attribution('Border Army', 'that its soldiers were at the bridge', { cue: span('denied', 40), speakerKind: 'military' }),
  [monitorTollMatch],
);

export const sampleReports: ClaimReport[] = [ministryReport, witnessReport, secondMinistryReport, unnamedReport];
