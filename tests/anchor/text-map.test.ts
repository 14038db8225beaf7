// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorInArticle, describeRange, describeSpan, domSpanForText, offsetAtPoint, rangeForSpan, textSpanForRange } from '../../lib/anchor';
import { readArticle } from '../../lib/article/read-article';
import { fixtureHtml } from '../article/fixture-pages';

/** Loads a page into the test window's own document: happy-dom ranges only work there. */
function pageOf(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

const messy =
  '<html><body><article>' +
  '<p>  The   <b>army</b>\n said it <a href="/a">fired&nbsp;warning</a> shots. </p>' +
  '<figure><figcaption>A caption.</figcaption></figure>' +
  '<p>A monitor said<br>three people died.</p>' +
  '</article></body></html>';

describe('text map between article text and the DOM', () => {
  let doc: Document;
  let article: ReturnType<typeof readArticle>;
  beforeEach(() => {
    doc = pageOf(messy);
    article = readArticle(doc);
  });

  it('reads the messy page as two clean paragraphs', () => {
    expect(article.text).toBe('The army said it fired warning shots.\n\nA monitor said three people died.');
  });

  it.each([
    ['a word inside a bold element', 'army'],
    ['a span across elements and collapsed whitespace', 'army said it fired warning'],
    ['a span across a no-break space', 'fired warning shots.'],
    ['a span across a line break', 'said three people'],
  ])('maps %s to a range with the same characters', (_name, words) => {
    const start = article.text.indexOf(words);
    const range = rangeForSpan(article, start, start + words.length);
    // A <br> is no character in the DOM, so compare without whitespace.
    expect(range?.toString().replace(/\s+/g, '')).toBe(words.replace(/\s+/g, ''));
  });

  it('maps a span across the paragraph break from the end of one paragraph to the start of the next', () => {
    const start = article.text.indexOf('shots.');
    const range = rangeForSpan(article, start, start + 'shots.\n\nA monitor'.length);
    expect(range?.startContainer.textContent?.slice(range.startOffset)).toBe('shots. ');
    expect(range?.endContainer.textContent?.slice(0, range.endOffset)).toBe('A monitor');
  });

  it('maps every character to the page character it came from, spaces to a space', () => {
    const page = pageOf('<html><body><article><p> <b>Two</b> <i>killed</i>\n <span> </span>at the\tgate.</p><p>It <br>added.</p></article></body></html>');
    const read = readArticle(page);
    expect(read.text).toBe('Two killed at the gate.\n\nIt added.');
    for (let index = 0; index < read.text.length; index++) {
      const span = domSpanForText(read, index, index + 1);
      if (read.text[index] === '\n') expect(span).toBeNull();
      else {
        const source = span!.startContainer.data[span!.startOffset];
        expect(read.text[index] === ' ' ? /\s/.test(source) : source === read.text[index]).toBe(true);
      }
    }
  });

  it('maps a range back to the same article offsets', () => {
    for (const words of ['army said it', 'warning shots.', 'A monitor said three people died.']) {
      const start = article.text.indexOf(words);
      const span = domSpanForText(article, start, start + words.length);
      expect(span && textSpanForRange(article, span)).toEqual({ start, end: start + words.length });
    }
  });

  it('maps a caret inside the page to the offset of the character after it', () => {
    const army = doc.querySelector('b')?.firstChild as Node;
    expect(offsetAtPoint(article, army, 1)).toBe(article.text.indexOf('rmy'));
  });

  it('maps element boundaries and refuses positions outside the article', () => {
    const firstParagraph = doc.querySelector('p') as Element;
    const range = doc.createRange();
    range.selectNodeContents(firstParagraph);
    expect(textSpanForRange(article, range)).toEqual({ start: 0, end: 'The army said it fired warning shots.'.length });
    const caption = doc.querySelector('figcaption')?.firstChild as Node;
    expect(offsetAtPoint(article, caption, 0)).toBeNull();
  });

  it('gives no range, rather than throwing, once the page has shortened a mapped text node', () => {
    const start = article.text.indexOf('warning shots.');
    (doc.querySelector('a')?.firstChild as Text).data = 'fired';
    expect(rangeForSpan(article, start, start + 'warning shots.'.length)).toBeNull();
  });

  it('returns null for a span holding only a block separator', () => {
    const separator = article.text.indexOf('\n\n');
    expect(domSpanForText(article, separator, separator + 2)).toBeNull();
  });
});

describe('anchoring on a page with DOM ranges', () => {
  it('describes a selection and anchors it again after the page gains a paragraph', () => {
    const html = fixtureHtml('semantic-checkpoint.html');
    const before = pageOf(html);
    const article = readArticle(before);
    const claim = 'three people died, including a schoolteacher';
    const start = article.text.indexOf(claim);
    const range = rangeForSpan(article, start, start + claim.length) as Range;
    const selectors = describeRange(article, range);
    expect(selectors).toEqual(describeSpan(article.text, start, start + claim.length));

    const afterHtml = html.replace('<p>Two civilians', '<p>This story was updated on Saturday with the monitor\'s account of events.</p><p>Two civilians');
    const after = pageOf(afterHtml);
    const reread = readArticle(after);
    const span = anchorInArticle(reread, selectors!);
    expect(span).not.toBeNull();
    const found = after.createRange();
    found.setStart(span!.startContainer, span!.startOffset);
    found.setEnd(span!.endContainer, span!.endOffset);
    expect(found.toString()).toBe(claim);
  });
});
