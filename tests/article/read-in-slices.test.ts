import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle, readArticleInSlices, type ArticleText, type SliceScheduler } from '../../lib/article/read-article';
import { fixtureDocument } from './fixture-pages';

/** A clock that moves one millisecond each time it is read, so a 1 ms budget pauses at every check. */
function tickingScheduler(onYield: () => void = () => {}): SliceScheduler & { yields: number } {
  let time = 0;
  return {
    yields: 0,
    now: () => time++,
    yieldToPage() {
      this.yields += 1;
      onYield();
      return Promise.resolve();
    },
  };
}

function expectSameArticle(actual: ArticleText, expected: ArticleText): void {
  expect(actual.text).toBe(expected.text);
  expect([actual.title, actual.publishedAt]).toEqual([expected.title, expected.publishedAt]);
  expect(actual.blocks.map(({ start, end }) => [start, end])).toEqual(expected.blocks.map(({ start, end }) => [start, end]));
  actual.blocks.forEach((block, index) => expect(block.node).toBe(expected.blocks[index].node));
  expect(actual.segments.map(({ start, length, runs }) => [start, length, runs])).toEqual(expected.segments.map(({ start, length, runs }) => [start, length, runs]));
  actual.segments.forEach((segment, index) => expect(segment.node).toBe(expected.segments[index].node));
}

const menuPage = (links: number) => {
  const menu = Array.from({ length: links }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join('');
  const story = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of the story, in which the council said, once more, that it disagreed.</p>`).join('');
  return parseHTML(`<html><body><nav><ul>${menu}</ul></nav><article>${story}</article></body></html>`).document as unknown as Document;
};

describe('readArticleInSlices', () => {
  it.each(['semantic-checkpoint.html', 'div-soup-cms.html', 'split-body-wire.html', 'long-comments.html', 'table-layout.html', 'bem-magazine.html'])(
    '%s: gives what readArticle gives, in many slices',
    async (file) => {
      const doc = fixtureDocument(file);
      const scheduler = tickingScheduler();
      expectSameArticle(await readArticleInSlices(doc, scheduler, 1), readArticle(doc));
      expect(scheduler.yields).toBeGreaterThan(5);
    },
  );

  it('reads in one slice when the budget is never spent', async () => {
    const doc = fixtureDocument('semantic-checkpoint.html');
    const scheduler = { now: () => 0, yieldToPage: () => Promise.reject(new Error('no pause expected')) };
    expectSameArticle(await readArticleInSlices(doc, scheduler), readArticle(doc));
  });

  it('starts over when the page removes the part the walk stopped in', async () => {
    const doc = menuPage(500);
    const scheduler = tickingScheduler(() => doc.querySelector('nav')?.remove());
    const article = await readArticleInSlices(doc, scheduler, 1);
    expect(doc.querySelector('nav')).toBeNull();
    expectSameArticle(article, readArticle(doc));
    expect(article.blocks).toHaveLength(40);
  });

  it('still ends, in one pass, on a page that keeps replacing the part the walk is in', async () => {
    const doc = menuPage(100);
    const menu = doc.querySelector('nav') as Element;
    const scheduler = tickingScheduler(() => {
      const nav = doc.querySelector('nav') as Element;
      nav.replaceWith(menu.cloneNode(true));
    });
    const article = await readArticleInSlices(doc, scheduler, 1);
    expect(article.blocks).toHaveLength(40);
    expect(article.text).not.toContain('Section');
  });
});
