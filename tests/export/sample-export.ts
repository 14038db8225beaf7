import { describeSpan } from '../../lib/anchor';
import type { PageExport } from '../../lib/export';
import type { ClaimReport } from '../../lib/model/page-claim';

/** An article text of our own, with two claims: one contested, one unmatched. */
export const articleText =
  'The interior ministry said five people were killed in the strike on Kessal port. ' +
  'A fisherman, who gave only his first name, said the boats were "burning, all of them".';

function span(text: string, from = 0) {
  const start = articleText.indexOf(text, from);
  return { text, start, end: start + text.length };
}

const tollContent = span('five people were killed in the strike on Kessal port');
const boatsContent = span('the boats were "burning, all of them"');

export const reports: ClaimReport[] = [
  {
    claim: {
      id: 'claim-toll',
      attribution: {
        source: span('The interior ministry'),
        cue: span('said'),
        content: tollContent,
        speaker: 'Interior Ministry',
        speakerKind: 'government',
        hedges: [],
        via: null,
      },
      selectors: describeSpan(articleText, tollContent.start, tollContent.end),
    },
    status: 'contradicted',
    matches: [
      {
        otherId: 'known-monitor-8',
        text: 'At least eight people, two of them boys, were killed on the quay, the monitor said.',
        speaker: 'Coastal Monitoring Group',
        speakerKind: 'monitor',
        outlet: 'Coastline Wire',
        url: 'https://wire.example/kessal-toll',
        publishedAt: '2026-05-21',
        incidentTitle: 'Strike on Kessal port',
        relation: 'contradicts',
        score: 0.87,
        reasons: [
          { kind: 'number', claimSide: 'five people were killed', evidenceSide: 'At least eight people', note: 'different toll' },
          { kind: 'actor', claimSide: 'strike', evidenceSide: 'warship, "not a drone"', note: '' },
          {
            kind: 'similarity',
            claimSide: 'five people were killed in the strike on Kessal port',
            evidenceSide: 'At least eight people, two of them boys, were killed on the quay',
            note: 'closest evidence sentence; topic similarity 0.42',
            similarity: 0.42,
          },
        ],
        corrected: false,
      },
      {
        otherId: 'page:claim-boats',
        text: '=HYPERLINK("http://evil.example","click")',
        speaker: '-Rebel Command',
        speakerKind: 'armed-group',
        outlet: 'This page',
        url: '',
        publishedAt: null,
        incidentTitle: null,
        relation: 'agrees',
        score: 0.5,
        reasons: [],
        corrected: true,
      },
    ],
  },
  {
    claim: {
      id: 'claim-boats',
      attribution: {
        source: null,
        cue: span('said', 90),
        content: boatsContent,
        speaker: null,
        speakerKind: 'witness',
        hedges: ['only'],
        via: 'local sources',
      },
      selectors: describeSpan(articleText, boatsContent.start, boatsContent.end),
    },
    status: 'unmatched',
    matches: [],
  },
];

export const sampleExport: PageExport = {
  page: { url: 'https://news.example/kessal?id=7', title: 'Port strike toll disputed', publishedAt: '2026-05-21', siteName: 'Harbour Times' },
  reports,
  generatedAt: '2026-05-22T08:15:00.000Z',
};
