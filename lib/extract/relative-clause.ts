import type { ExtractDocument } from './document';

// How far before its cue a relative clause may open: ", which first put", ", who had earlier said".
const reach = 4;

/**
 * The end of a claim made inside a relative clause: in "The observatory, which put the toll
 * at two, later raised it", the claim is "the toll at two", closed by the clause's comma. Returns
 * that comma's index when the cue at `cueFirst` follows ", which" or ", who" and a comma comes
 * before `last` in its sentence; otherwise `last`.
 */
export function relativeClauseEnd(doc: ExtractDocument, cueFirst: number, first: number, last: number): number {
  let opens = false;
  for (let i = cueFirst - 1; i >= Math.max(1, cueFirst - reach); i--) {
    if (/^(?:which|who)$/.test(doc.tokens[i].lower) && doc.tokens[i - 1].text === ',') opens = true;
  }
  if (!opens) return last;
  for (let i = first + 1; i < last; i++) if (doc.tokens[i].text === ',' && doc.quotes[i] < 0) return i;
  return last;
}
