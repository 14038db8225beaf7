import { personName } from '../sources/normalize-name';
import type { ExtractDocument } from './document';

// How far back a pronoun may look for the person it stands for.
const reach = 120;

/**
 * The nearest person named before token `i` (two to four capitalised words that read as
 * a person's name, with any title before it: "Colonel Myles Caggins"), or null within the reach.
 */
export function nearestPersonBefore(doc: ExtractDocument, i: number): string | null {
  let last = i;
  for (let t = i - 1; t >= Math.max(0, i - reach); t--) {
    const capitalised = /^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[t].text);
    if (capitalised && t > 0) continue;
    const first = capitalised ? t : t + 1;
    if (last - first >= 2) {
      const run = doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
      const name = personName(run);
      if (name !== null && name.includes(' ')) return run;
    }
    last = t;
  }
  return null;
}
