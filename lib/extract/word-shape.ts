// Module-level patterns: a literal inside a function builds a new RegExp object at every call.
const finalE = /e$/;
const upperCase = /\p{Lu}/u;
const lowerCase = /\p{Ll}/u;
const digit = /\p{N}/u;

/** Crude stem that folds inflections of a verb together: "claimed", "claims", "claiming" -> "claim". */
export function stem(lower: string): string {
  if (lower.length > 5 && lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ed')) return lower.slice(0, -2).replace(finalE, '');
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1).replace(finalE, '');
  return lower.replace(finalE, '');
}

/** Letter-case pattern of a token: "Aa" capitalised, "A" all caps, "a" lower, "9" digits, "." other. */
export function shape(text: string): string {
  const first = text[0] ?? '';
  if (upperCase.test(first)) return text.length > 1 && text === text.toUpperCase() ? 'A' : 'Aa';
  if (lowerCase.test(first)) return 'a';
  if (digit.test(first)) return '9';
  return text.length === 1 ? text : '.';
}
