import { describe, expect, it } from 'vitest';
import { AnnotationImportError, exportFile, parseWebAnnotations, toWebAnnotations, looksLikeWebAnnotations } from '../../lib/export';
import { sampleExport } from './sample-export';

type Json = Record<string, any>;

function exported(): Json {
  return JSON.parse(JSON.stringify(toWebAnnotations(sampleExport)));
}

describe('toWebAnnotations', () => {
  it('writes a W3C annotation collection with both selectors on the page', () => {
    const collection = exported();
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage' } });
    const [first] = collection.first.items;
    expect(first).toMatchObject({ type: 'Annotation', motivation: 'assessing', target: { source: 'https://news.example/kessal?id=7' } });
    expect(first.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'five people were killed in the strike on Kessal port',
        prefix: 'The interior ministry said ',
        suffix: '. A fisherman, who gave only his',
      },
      { type: 'TextPositionSelector', start: 27, end: 79 },
    ]);
  });

  it('puts the status, speaker and the other sources with their words and reasons in the body', () => {
    const [first] = exported().first.items;
    expect(first.body[0]).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
    expect(first.body[0].value).toContain(
      'Coastal Monitoring Group (Coastline Wire, 2026-05-21) contradicts: Toll / number: "five people were killed" ↔ "At least eight people" (different toll);',
    );
    expect(first.body[0].value).toContain('-Rebel Command (elsewhere on this page) agrees.');
    expect(first.body[0].value).not.toMatch(/similarity|0\.42/);
    const assessment = first.body[1];
    expect(assessment).toMatchObject({ type: 'crosscheck:ClaimAssessment', 'crosscheck:status': 'contradicted', 'crosscheck:speaker': 'Interior Ministry' });
    expect(assessment['crosscheck:matches'][0]).toMatchObject({
      'crosscheck:text': 'At least eight people, two of them boys, were killed on the quay, the monitor said.',
      'crosscheck:outlet': 'Coastline Wire',
      'crosscheck:publishedAt': '2026-05-21',
      'crosscheck:url': 'https://wire.example/kessal-toll',
      'crosscheck:relation': 'contradicts',
      'crosscheck:reasons': [
        expect.objectContaining({ 'crosscheck:kind': 'number', 'crosscheck:note': 'different toll' }),
        expect.anything(),
        expect.objectContaining({ 'crosscheck:kind': 'similarity', 'crosscheck:note': 'closest evidence sentence; topic similarity 0.42' }),
      ],
    });
  });
});

describe('parseWebAnnotations', () => {
  it('reads the export back without loss', () => {
    const file = exportFile(sampleExport, 'jsonld');
    expect(parseWebAnnotations(file.content)).toStrictEqual(sampleExport);
    expect(looksLikeWebAnnotations(JSON.parse(file.content))).toBe(true);
  });

  it.each([
    ['no site name', { siteName: undefined }],
    ['a null site name and date', { siteName: null, publishedAt: null }],
  ])('round-trips a page with %s', (_name, change) => {
    const page = { ...sampleExport.page, ...change };
    if (change.siteName === undefined) delete page.siteName;
    const input = { ...sampleExport, page };
    expect(parseWebAnnotations(JSON.stringify(toWebAnnotations(input)))).toStrictEqual(input);
  });

  it('round-trips a page with no claims', () => {
    const input = { ...sampleExport, reports: [] };
    expect(parseWebAnnotations(toWebAnnotations(input))).toStrictEqual(input);
  });

  function problemsOf(input: unknown): string[] {
    try {
      parseWebAnnotations(input);
    } catch (error) {
      expect(error).toBeInstanceOf(AnnotationImportError);
      return (error as AnnotationImportError).problems;
    }
    throw new Error('expected the import to fail');
  }

  function broken(edit: (collection: Json) => void): Json {
    const collection = exported();
    edit(collection);
    return collection;
  }

  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', '{"type": "AnnotationCollection",', /^not JSON/],
    ['a dataset instead of annotations', { format: 'crosscheck-dataset' }, /^not a Web Annotation collection/],
    ['a collection without the W3C context', broken((c) => (c['@context'] = ['https://schema.org'])), /^collection\.@context: must include/],
    ['a bad status in the second annotation', broken((c) => (c.first.items[1].body[1]['crosscheck:status'] = 'maybe')), /^annotation 2 \(.*claim-boats\): body\[1\]\.crosscheck:status: /],
    ['a bad relation deep in a match', broken((c) => (c.first.items[0].body[1]['crosscheck:matches'][0]['crosscheck:relation'] = 'likes')), /^annotation 1 .*: body\[1\]\.crosscheck:matches\[0\]\.crosscheck:relation: /],
    ['a missing position selector', broken((c) => c.first.items[0].target.selector.pop()), /^annotation 1 .*: as a claim report\.claim\.selectors\.position: /],
    ['an empty position', broken((c) => (c.first.items[0].target.selector[1].end = 27)), /^annotation 1 .*position selector is empty/],
    ['a target on another page', broken((c) => (c.first.items[0].target.source = 'https://elsewhere.example/')), /^annotation 1 .*: target\.source: /],
    ['an annotation without the crosscheck body', broken((c) => c.first.items[0].body.pop()), /^annotation 1 .*: body: no crosscheck:ClaimAssessment body/],
    ['an item that is not an object', broken((c) => (c.first.items[1] = 42)), /^annotation 2: /],
  ])('names the place of the problem for %s', (_name, input, expected) => {
    expect(problemsOf(input)[0]).toMatch(expected);
  });

  it('lists the problems of every annotation, not only the first', () => {
    const collection = broken((c) => {
      c.first.items[0].body[1]['crosscheck:speakerKind'] = 'alien';
      c.first.items[1].body[1]['crosscheck:hedges'] = 'only';
    });
    const problems = problemsOf(collection);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/^annotation 2 .*crosscheck:hedges/);
  });
});
