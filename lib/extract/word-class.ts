import type { ExtractDocument } from './document';

// Coarse word classes, a stand-in for parts of speech a tagger can learn from when it has not
// seen the word itself: "the ministry's new spokeswoman" reads as a noun phrase whatever the words.
const wordClass = {
  pronoun: 1, auxiliary: 2, negation: 3, determiner: 4, that: 5, to: 6, preposition: 7, question: 8,
  conjunction: 9, comma: 10, colon: 11, quote: 12, punctuation: 13, capitalised: 14, capitals: 15, number: 16,
  pastForm: 17, ingForm: 18, sForm: 19, adverb: 20, lower: 21,
} as const;

const closedClasses = new Map<string, number>();
const lists: Array<[number, string]> = [
  [wordClass.pronoun, 'i you he she we they it who'],
  [wordClass.auxiliary, 'is are was were be been being am has have had having do does did will would can could may might should must shall'],
  [wordClass.negation, "not n't never no"],
  [wordClass.determiner, 'the a an this these those his her their its our my your some many several'],
  [wordClass.that, 'that'],
  [wordClass.to, 'to'],
  [wordClass.preposition, 'of in on at for with by from about as into over after against before during under than'],
  [wordClass.question, 'what which whether how why when where if'],
  [wordClass.conjunction, 'and or but while'],
  [wordClass.comma, ','],
  [wordClass.colon, ': ; — ― –'],
  [wordClass.quote, '“ ” " « » ‘ ’'],
];
for (const [kind, words] of lists) for (const word of words.split(' ')) closedClasses.set(word, kind);

const upper = /^\p{Lu}/u;
const allUpper = /^\p{Lu}+$/u;
const lowerStart = /^\p{Ll}/u;
const digitStart = /^\p{N}/u;

/** The class of one token (see wordClass): a closed-class word by itself, any other word by its case and ending. */
export function classOf(text: string, lower: string): number {
  const closed = closedClasses.get(lower);
  if (closed !== undefined) return closed;
  if (upper.test(text)) return text.length > 1 && allUpper.test(text) ? wordClass.capitals : wordClass.capitalised;
  if (digitStart.test(text)) return wordClass.number;
  if (!lowerStart.test(text)) return wordClass.punctuation;
  if (lower.length > 3 && lower.endsWith('ed')) return wordClass.pastForm;
  if (lower.length > 4 && lower.endsWith('ing')) return wordClass.ingForm;
  if (lower.length > 3 && lower.endsWith('ly')) return wordClass.adverb;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return wordClass.sForm;
  return wordClass.lower;
}

const cache = new WeakMap<ExtractDocument, Uint8Array>();

/** The class of every token of a document, computed once per document (each spelling once). */
export function wordClasses(doc: ExtractDocument): Uint8Array {
  let classes = cache.get(doc);
  if (classes) return classes;
  classes = new Uint8Array(doc.tokens.length);
  const known = new Map<string, number>();
  doc.tokens.forEach(({ text, lower }, i) => {
    let kind = known.get(text);
    if (kind === undefined) known.set(text, (kind = classOf(text, lower)));
    classes[i] = kind;
  });
  cache.set(doc, classes);
  return classes;
}
