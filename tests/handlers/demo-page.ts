import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/read-article';
import type { PageInfo } from '../../lib/model/page';

/** A demo article read as the content script reads it: its page info and its article text. */
export function readDemoArticle(slug: string): { page: PageInfo; text: string } {
  const html = readFileSync(resolve(import.meta.dirname, '../../public/demo/articles', `${slug}.html`), 'utf8');
  const { document } = parseHTML(html);
  const article = readArticle(document as unknown as Document);
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return {
    page: { url: `http://localhost:5178/articles/${slug}.html`, title: article.title, publishedAt: article.publishedAt, siteName },
    text: article.text,
  };
}
