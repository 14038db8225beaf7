const dateWords = new Set([
  'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'gmt',
  'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'local', 'time', 'min', 'mins',
  'minutes', 'hours', 'ago', 'read', 'today', 'yesterday', 'jan', 'feb', 'mar', 'apr', 'may', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/**
 * True for a line that only dates the story: "Published 3 March 2026, 14:05 GMT",
 * "Updated: Tue 4 Mar 2026 · 5 min read", or a bare place and date such as
 * "BASRA, 3 March". A dateline that opens a paragraph of prose is not one, nor a post's signature.
 */
export function isDatelineOnly(text: string): boolean {
  // "— Lina Okafor (@lina) May 3, 2026" signs an embedded post: the name and handle are no place.
  if (text.length > 90 || text.includes('@')) return false;
  const tokens = text.toLowerCase().split(/[\s,;:|·•()/–—-]+/).filter((token) => token.length > 0);
  let dated = false;
  let other = 0;
  for (const token of tokens) {
    if (/^\d[\d.:]*(?:st|nd|rd|th|am|pm|h)?$/.test(token) || dateWords.has(token)) dated = true;
    else other += 1;
  }
  if (!dated) return false;
  return other === 0 || (other <= 3 && isCapitalisedPlace(text));
}

/** The non-date words of a dateline are a place written in capitals or title case: "KHARKIV", "Port Sudan". */
function isCapitalisedPlace(text: string): boolean {
  return !/(?:^|\s)\p{Ll}+(?=\s|$)/u.test(text.replace(/\b(?:on|at|am|pm|updated|published|posted)\b/gi, ''));
}
