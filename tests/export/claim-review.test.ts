import { describe, expect, it } from 'vitest';
import { exportFile, toClaimReviews } from '../../lib/export';
import { sampleExport } from './sample-export';

describe('toClaimReviews', () => {
  const reviews = toClaimReviews(sampleExport) as Array<Record<string, any>>;

  it('reviews only the claims that other sources agree with or contradict', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual(['Interior Ministry said: "five people were killed in the strike on Kessal port"']);
  });

  it('describes the claim, its speaker, where it appeared and its status', () => {
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-05-22',
      author: { '@type': 'Organization', name: 'Crosscheck' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Interior Ministry' },
        appearance: { url: 'https://news.example/kessal?id=7', headline: 'Port strike toll disputed', datePublished: '2026-05-21' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Contradicted by other sources' },
    });
    expect(reviews[0].reviewRating.ratingExplanation).toContain('Coastal Monitoring Group (Coastline Wire, 2026-05-21) contradicts');
  });

  it('cites each other source with its words, outlet, date and link', () => {
    expect(reviews[0].citation[0]).toEqual({
      '@type': 'CreativeWork',
      text: 'At least eight people, two of them boys, were killed on the quay, the monitor said.',
      author: { '@type': 'Organization', name: 'Coastal Monitoring Group' },
      publisher: { '@type': 'Organization', name: 'Coastline Wire' },
      datePublished: '2026-05-21',
      url: 'https://wire.example/kessal-toll',
      description: 'contradicts; number: "five people were killed" vs "At least eight people" (different toll); actor: "strike" vs "warship, "not a drone""',
    });
  });

  it('names the reviewer when asked', () => {
    expect(toClaimReviews(sampleExport, { reviewer: 'Harbour Times Verification Desk' })[0].author).toEqual({
      '@type': 'Organization',
      name: 'Harbour Times Verification Desk',
    });
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
