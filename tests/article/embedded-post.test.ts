import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/read-article';
import { isEmbeddedPost } from '../../lib/article/embedded-post';

function element(html: string): Element {
  return parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;
}

const post = '<p>The bridge is closed and the queue reaches the market.</p>&mdash; Rima Sol (@rimasol) <a href="/s/1">June 3, 2026</a>';

describe('isEmbeddedPost', () => {
  it.each([
    ['a post signed "— Name (@handle) date"', `<blockquote class="twitter-tweet">${post}</blockquote>`, true],
    ['a post whose signature sits in its own span', '<div class="tweet"><p>Queue at the bridge.</p><span>— Rima Sol (@rimasol) June 3</span></div>', true],
    ['a share bar naming the outlet\'s account', '<div class="social-share">Share on X · Follow us (@valleycourier)</div>', false],
    ['a comments section long enough to be no single post', `<section class="comments">${'<p>I was there too and nobody helped.</p>'.repeat(120)}${post}</section>`, false],
  ])('%s', (_, html, expected) => {
    expect(isEmbeddedPost(element(html))).toBe(expected);
  });
});

describe('readArticle keeps an embedded post in the story', () => {
  const page = (embed: string) =>
    readArticle(
      parseHTML(`<html><body><article><p>The ministry said the bridge had reopened on Tuesday morning after repairs.</p>${embed}<p>Drivers said they waited for hours at the bridge before the police let them cross.</p></article></body></html>`)
        .document as unknown as Document,
    ).text;

  it('keeps the post and its signature as paragraphs of their own', () => {
    expect(page(`<blockquote class="twitter-tweet">${post}</blockquote>`)).toContain(
      'The bridge is closed and the queue reaches the market.\n\n— Rima Sol (@rimasol) June 3, 2026',
    );
  });

  it('still drops a share bar called "social"', () => {
    expect(page('<div class="social">Share on X · Follow us (@valleycourier)</div>')).not.toContain('Follow us');
  });
});
