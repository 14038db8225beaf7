import type { Attribution } from '../model/attribution';
import type { ExtractDocument } from './document';

/**
 * True when a cue shares the subject of the clause before it: a participle after a comma
 * ("..., saying", "..., adding") or a verb after "and" ("denied the report and said").
 * `cueStart` is the cue's first token.
 */
export function sharesSubject(doc: ExtractDocument, cueStart: number): boolean {
  const before = doc.tokens[cueStart - 1]?.lower;
  const participle = doc.tokens[cueStart].lower.endsWith('ing') && before === ',';
  return participle || before === 'and';
}

/** Gives a sourceless attribution the source and speaker of the one before it. */
export function inheritSource(attribution: Attribution, earlier: Attribution): Attribution {
  return { ...attribution, source: earlier.source, speaker: earlier.speaker, speakerKind: earlier.speakerKind };
}
