import type { ExtractDocument } from './document';

// What the speaker did besides speaking, which the writer adds after the claim: ", but gave no details".
const speakersDeeds = /^(?:gave|give|gives|did|does|declined|declines|refused|refuses|offered|offers|provided|provides|presented|cited|named|identified)$/;
// How a claim was made without support: ", without giving a toll", ", without offering evidence".
const withheldSupport = /^(?:giving|offering|providing|citing|presenting|elaborating|explaining|naming|specifying|identifying|detailing|saying|evidence|proof)$/;

/** Whether tokens from `comma` on open the writer's remark on how the claim was made. */
function opensRemark(doc: ExtractDocument, comma: number): boolean {
  const next = doc.tokens[comma + 1]?.lower ?? '';
  const after = doc.tokens[comma + 2]?.lower ?? '';
  if (next === 'without') return withheldSupport.test(after);
  return next === 'but' && speakersDeeds.test(after);
}

/**
 * The end of a claim `[first, last)` after its cue before the writer's remark on how it was made
 * (", without giving a toll", ", but gave no details", ", but did not say how"): those words
 * are not the speaker's. `last` when there is none.
 */
export function beforeWritersRemark(doc: ExtractDocument, first: number, last: number): number {
  for (let t = first + 1; t < last - 1; t++) if (doc.tokens[t].text === ',' && doc.quotes[t] < 0 && opensRemark(doc, t)) return t;
  return last;
}
