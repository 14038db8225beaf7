// Names of days and months, which date a statement and never name who made it. Modules build
// their own time patterns from these, adding the words their context needs ("today", "week").
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A pattern matching exactly one of `words` (lower-case, plain letters) or the extra `patterns` (regular-expression pieces). */
export function wordPattern(words: string[], ...patterns: string[]): RegExp {
  return new RegExp(`^(?:${[...words, ...patterns].join('|')})$`);
}
