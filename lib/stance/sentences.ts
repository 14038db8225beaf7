/** A sentence of a longer text, with its place in it. */
export interface Sentence {
  text: string;
  start: number;
}

const maxSentence = 600;

/**
 * Splits a text into sentences at line breaks and at ". ", "! ", "? " before a
 * capital, digit or quote. Long runs without a stop are cut every 600
 * characters so one sentence never swallows a hostile page.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const next = text[index + 1] ?? '';
    if (char === '\n' || index - start >= maxSentence) push(index + 1);
    else if ('.!?'.includes(char) && /\s/.test(next) && /[\p{Lu}\d"“'‘]/u.test(text[index + 2] ?? '') && !isAbbreviation(text, index)) {
      push(index + 1);
    }
  }
  push(text.length);
  return sentences;
}

const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'col', 'gen', 'lt', 'sgt', 'st', 'jan', 'feb', 'aug', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'no', 'vs', 'prof', 'rep', 'sen', 'gov', 'capt', 'maj']);

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let from = dot;
  while (from > 0 && dot - from < 6 && /[\p{L}.]/u.test(text[from - 1])) from -= 1;
  const word = text.slice(from, dot).toLowerCase();
  return abbreviations.has(word) || /^\p{L}$/u.test(word);
}
