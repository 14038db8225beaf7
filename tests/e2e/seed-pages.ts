import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The reports the project was started from; shared beside the repository, never copied into it. */
export const seedsDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

export const seedsPresent = existsSync(seedsDir);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A seed report as a plain news page: its first line as the headline (unless
 * it opens with a "date YYYY-MM-DD" note, which becomes the publication date),
 * each further line a paragraph.
 */
export function seedPage(file: string, publishedAt: string | null): string {
  let text = readFileSync(resolve(seedsDir, file), 'utf8').trim();
  const dated = /^date (\d{4}-\d{2}-\d{2})\s+/.exec(text);
  if (dated) text = text.slice(dated[0].length);
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const headline = dated ? null : lines.shift();
  const date = dated?.[1] ?? publishedAt;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline ?? file)}</title>
${date ? `<meta property="article:published_time" content="${date}">` : ''}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${headline ? `<h1>${escapeHtml(headline)}</h1>` : ''}
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}</article></body></html>`;
}

/** The seed files, sorted by name. */
export function seedFiles(): string[] {
  return readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
}
