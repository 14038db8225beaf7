import type { PageLandmarks } from './page-blocks';

/** Largest JSON-LD script read for a date; bigger ones are skipped rather than parsed. */
const maxJsonLdChars = 200_000;

/** Meta keys (property, name or itemprop) that give the publication time, most trusted first. */
const publishedMetaKeys = ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date.issued'];

/** The page's headline: og:title, else the first h1, else the document title; "" when none. */
export function readTitle(landmarks: PageLandmarks): string {
  const candidates = [metaContent(landmarks.metas, 'og:title'), landmarks.firstHeading?.textContent, landmarks.title?.textContent];
  for (const candidate of candidates) {
    const title = candidate?.replace(/\s+/g, ' ').trim();
    if (title) return title;
  }
  return '';
}

/**
 * The day the page says it was published, as YYYY-MM-DD in the publisher's own
 * time zone: meta tags, then JSON-LD datePublished, then the first <time datetime>.
 * Null when none gives a valid date.
 */
export function readPublishedAt(landmarks: PageLandmarks): string | null {
  for (const key of publishedMetaKeys) {
    const day = toIsoDay(metaContent(landmarks.metas, key));
    if (day) return day;
  }
  for (const script of landmarks.jsonLd) {
    const day = toIsoDay(findDatePublished(parseJson(script.textContent ?? '')));
    if (day) return day;
  }
  for (const time of landmarks.times) {
    const day = toIsoDay(time.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

/** The content of the first meta whose property, name or itemprop is `key` (case-insensitive). */
function metaContent(metas: Element[], key: string): string | null {
  for (const meta of metas) {
    const names = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')];
    if (names.some((name) => name?.toLowerCase() === key)) return meta.getAttribute('content');
  }
  return null;
}

function parseJson(text: string): unknown {
  if (text.length > maxJsonLdChars) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Looks through JSON-LD objects, arrays and @graph (bounded depth) for the first datePublished string. */
function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1) ?? findDatePublished(record.mainEntity, depth + 1);
}

/** "2026-03-03T18:20:00+03:00" gives "2026-03-03"; null unless the text opens with a real calendar day. */
export function toIsoDay(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}
