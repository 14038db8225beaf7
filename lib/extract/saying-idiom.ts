import type { ExtractDocument } from './document';

// Set phrases in which a speech verb is the writer's connective, not anyone's report. Each entry
// is the phrase's words and the index of its verb; "," stands for the comma that must follow.
interface Idiom {
  words: string[];
  verb: number;
  /** Not the idiom when a "that" clause follows: "argued with some force that ..." reports a claim. */
  unlessThat?: boolean;
}

const idioms: Idiom[] = [
  { words: ['having', 'said', 'that'], verb: 1 },
  { words: ['that', 'said', ','], verb: 1 },
  { words: ['needless', 'to', 'say'], verb: 2 },
  { words: ['suffice', 'to', 'say'], verb: 2 },
  { words: ['suffice', 'it', 'to', 'say'], verb: 3 },
  { words: ['that', 'is', 'to', 'say'], verb: 3 },
  { words: ['to', 'say', 'nothing', 'of'], verb: 1 },
  { words: ['goes', 'without', 'saying'], verb: 2 },
  { words: ['safe', 'to', 'say'], verb: 2 },
  { words: ['fair', 'to', 'say'], verb: 2 },
  { words: ['so', 'to', 'speak'], verb: 2 },
  { words: ['truth', 'be', 'told'], verb: 2 },
  { words: ['all', 'told', ','], verb: 1 },
  { words: ['to', 'tell', 'the', 'truth'], verb: 1 },
  // "too early to tell", "no way to say": nobody's report, a judgement that none can be made.
  ...['way', 'early', 'soon', 'hard', 'difficult', 'impossible'].flatMap((word) => [
    { words: [word, 'to', 'tell'], verb: 2 },
    { words: [word, 'to', 'say'], verb: 2 },
  ]),
  // "did not respond to a request for comment": the newsroom's note that nobody answered, not a claim.
  ...['respond', 'responded', 'reply', 'replied'].flatMap((verb) =>
    [['a', 'request'], ['requests'], ['an', 'email'], ['emails'], ['a', 'message'], ['messages'], ['calls'], ['phone', 'calls'], ['repeated']].map((object) => ({
      words: [verb, 'to', ...object],
      verb: 0,
    })),
  ),
  // "were arguing about a fee", "argued with the guard": a quarrel, where "argue" reports no claim.
  ...['argue', 'argues', 'argued', 'arguing'].flatMap((verb) =>
    ['about', 'over', 'with'].map((preposition) => ({ words: [verb, preposition], verb: 0, unlessThat: true })),
  ),
];

// Looked up by the verb's word, since every cue token is checked against the phrases.
const idiomsByVerb = new Map<string, Idiom[]>();
for (const idiom of idioms) {
  const verbWord = idiom.words[idiom.verb];
  idiomsByVerb.set(verbWord, [...(idiomsByVerb.get(verbWord) ?? []), idiom]);
}

// How far after the phrase a "that" still opens the verb's own clause.
const thatReach = 8;

function thatFollows(doc: ExtractDocument, from: number): boolean {
  const sentenceLast = doc.sentences[doc.sentenceOf[from - 1]].last;
  for (let t = from; t < Math.min(sentenceLast, from + thatReach); t++) {
    // Past a comma a "that" opens another clause: "arguing about a fee, and that eleven died".
    if (doc.tokens[t].text === ',') return false;
    if (doc.tokens[t].lower === 'that') return true;
  }
  return false;
}

function idiomAt(doc: ExtractDocument, verb: number): boolean {
  const candidates = idiomsByVerb.get(doc.tokens[verb].lower);
  if (!candidates) return false;
  return candidates.some(({ words, verb: at, unlessThat }) => {
    const start = verb - at;
    if (start < 0 || start + words.length > doc.tokens.length) return false;
    if (!words.every((word, i) => doc.tokens[start + i].lower === word)) return false;
    return !unlessThat || !thatFollows(doc, start + words.length);
  });
}

/**
 * True when a token of the cue `[first, last)` is the verb of a writer's set phrase: "Having said
 * that", "needless to say", "all told,", "did not respond to a request for comment", "were arguing about".
 */
export function isSayingIdiom(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (idiomAt(doc, i)) return true;
  return false;
}
