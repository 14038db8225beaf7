import { describe, expect, it } from 'vitest';
import { exportFile, toClaimReviews, unnamedNewsroom } from '../../lib/export';
import type { ClaimMatch } from '../../lib/model/page-claim';
import { sampleExport } from './sample-export';

const newsroom = 'Harbour Times Verification Desk';

describe('toClaimReviews', () => {
  const reviews = toClaimReviews(sampleExport, { reviewer: newsroom }) as Array<Record<string, any>>;

  it('reviews only the claims that other sources agree with or contradict', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual(['Interior Ministry said: "five people were killed in the strike on Kessal port"']);
  });

  it('is signed by the newsroom and describes the claim, its speaker, where it appeared and its status', () => {
    // The review's own url is the newsroom's fact-check article, unknown when the draft is exported.
    expect(reviews[0]).not.toHaveProperty('url');
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-05-22',
      author: { '@type': 'Organization', name: newsroom },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Interior Ministry' },
        appearance: { url: 'https://news.example/kessal?id=7', headline: 'Port strike toll disputed', datePublished: '2026-05-21' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Contradicted by other sources' },
    });
    expect(JSON.stringify(reviews)).not.toContain('Crosscheck');
  });

  it('explains the rating in a sentence per side: who contradicts or agrees, and why', () => {
    expect(reviews[0].reviewRating.ratingExplanation).toBe(
      'Contradicted: Coastal Monitoring Group (Coastline Wire, 2026-05-21) gives a different figure ' +
        '("At least eight people" against "five people were killed"). ' +
        'Corroborated: -Rebel Command (elsewhere on this page) tells it the same way.',
    );
  });

  it('names two sources per side, counts the rest and leaves out those that only discuss the claim', () => {
    const [report] = sampleExport.reports;
    const [monitor] = report.matches;
    const extra = (otherId: string, speaker: string, relation: ClaimMatch['relation'], score: number): ClaimMatch => ({
      ...monitor, otherId, speaker, relation, score, reasons: [],
    });
    const matches = [
      monitor,
      extra('known-2', 'Port Authority', 'contradicts', 0.9),
      extra('known-3', 'Dock Workers Union', 'contradicts', 0.4),
      extra('known-4', 'Harbour Radio', 'discusses', 0.95),
    ];
    const [review] = toClaimReviews({ ...sampleExport, reports: [{ ...report, matches }] }, { reviewer: newsroom }) as Array<Record<string, any>>;
    const explanation: string = review.reviewRating.ratingExplanation;
    expect(explanation.startsWith('Contradicted: Port Authority (Coastline Wire, 2026-05-21) tells it differently; and Coastal Monitoring Group')).toBe(true);
    expect(explanation.endsWith('; and 1 other source.')).toBe(true);
    expect(explanation).not.toContain('Harbour Radio');
    expect(review.citation.map((cited: Record<string, any>) => cited.author.name)).toContain('Harbour Radio');
  });

  it('names a source once however many of its sentences match, and quotes only the first words of a long side', () => {
    const [report] = sampleExport.reports;
    const [monitor] = report.matches;
    const denial = {
      kind: 'negation' as const,
      claimSide: 'five people were killed in the strike on Kessal port',
      evidenceSide: 'No strike of any kind took place on or near the Kessal quay that night',
      note: 'the evidence denies the strike the claim asserts',
    };
    const matches = [{ ...monitor, score: 0.6, reasons: [denial] }, { ...monitor, otherId: 'known-monitor-9' }];
    const [review] = toClaimReviews({ ...sampleExport, reports: [{ ...report, matches }] }, { reviewer: newsroom }) as Array<Record<string, any>>;
    expect(review.reviewRating.ratingExplanation).toBe(
      'Contradicted: Coastal Monitoring Group (Coastline Wire, 2026-05-21) gives a different figure ' +
        '("At least eight people" against "five people were killed").',
    );
    expect(review.citation[0].description).toBe(
      'Contradicts: denies what the claim asserts ("No strike of any kind took place on…" against "five people were killed in the strike on…").',
    );
  });

  it('keeps raw figures and topic scores out of the prose', () => {
    const prose = reviews.flatMap((review) => [review.reviewRating.ratingExplanation, ...review.citation.map((cited: Record<string, any>) => cited.description)]);
    for (const text of prose) expect(text).not.toMatch(/similarity|0\.\d/);
  });

  it('cites each other source with its words, outlet, date, link and why it relates', () => {
    expect(reviews[0].citation[0]).toEqual({
      '@type': 'CreativeWork',
      text: 'At least eight people, two of them boys, were killed on the quay, the monitor said.',
      author: { '@type': 'Organization', name: 'Coastal Monitoring Group' },
      publisher: { '@type': 'Organization', name: 'Coastline Wire' },
      datePublished: '2026-05-21',
      url: 'https://wire.example/kessal-toll',
      description: 'Contradicts: gives a different figure ("At least eight people" against "five people were killed").',
    });
  });

  it('cites another claim of the same page by the page’s address, with no "This page" publisher', () => {
    const samePage = reviews[0].citation[1];
    expect(samePage.url).toBe('https://news.example/kessal?id=7');
    expect(samePage.publisher).toBeUndefined();
  });
});

describe('exportFile', () => {
  it.each([
    ['jsonld', 'crosscheck-port-strike-toll-disputed-2026-05-22.jsonld', 'application/ld+json'],
    ['csv', 'crosscheck-port-strike-toll-disputed-2026-05-22.csv', 'text/csv;charset=utf-8'],
    ['claimreview', 'crosscheck-port-strike-toll-disputed-2026-05-22-claimreview.jsonld', 'application/ld+json'],
  ] as const)('names a %s file after the page and the day', (format, filename, mimeType) => {
    expect(exportFile(sampleExport, format)).toMatchObject({ filename, mimeType });
  });

  it('signs a ClaimReview with the newsroom given, or with a placeholder to replace, never with the tool', () => {
    const authorOf = (content: string) => (JSON.parse(content) as Array<Record<string, any>>)[0].author.name;
    expect(authorOf(exportFile(sampleExport, 'claimreview', { reviewer: ` ${newsroom} ` }).content)).toBe(newsroom);
    expect(authorOf(exportFile(sampleExport, 'claimreview').content)).toBe(unnamedNewsroom);
    expect(authorOf(exportFile(sampleExport, 'claimreview', { reviewer: '  ' }).content)).toBe(unnamedNewsroom);
  });

  it('falls back to the address, then to "page", for the file name', () => {
    expect(exportFile({ ...sampleExport, page: { ...sampleExport.page, title: 'Café: émeute à l\'aube' } }, 'csv').filename).toBe(
      'crosscheck-cafe-emeute-a-l-aube-2026-05-22.csv',
    );
    expect(exportFile({ ...sampleExport, page: { ...sampleExport.page, title: '' } }, 'csv').filename).toBe(
      'crosscheck-https-news-example-kessal-id-7-2026-05-22.csv',
    );
    expect(exportFile({ ...sampleExport, page: { ...sampleExport.page, title: '–––' } }, 'csv').filename).toBe('crosscheck-page-2026-05-22.csv');
  });
});
