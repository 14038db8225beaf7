import type { SourceKind } from '../model/source-kind';
import { guessSourceKind } from './guess-kind';

// "the Dawn Front militia", "the Valley Courier newspaper": a name the text gives its kind by the noun after it.
const namedWithKind = /\b((?:\p{Lu}[\p{L}'’-]{0,30} ){0,3}\p{Lu}[\p{L}'’-]{0,30}) (militia|militias|rebels|rebel group|armed group|insurgents|faction|army|forces|ministry|news agency|agency|newspaper|daily|broadcaster|monitor|observatory|rights group|watchdog)\b/gu;
// Enough of a text to find how it introduces its parties; the scan stays cheap on a huge page.
const scanLength = 200_000;
const maxNames = 200;

/**
 * The names a text gives a kind by the noun it puts after them ("the Dawn Front militia" ->
 * Dawn Front: armed group), so that a later mention of the bare name ("a spokesman for the Dawn
 * Front") has that kind. Names of one capitalised word that opens a sentence are left out.
 */
export function findNamedKinds(text: string): Map<string, SourceKind> {
  const kinds = new Map<string, SourceKind>();
  for (const match of text.slice(0, scanLength).matchAll(namedWithKind)) {
    const name = match[1];
    const kind = guessSourceKind(`${name} ${match[2]}`);
    if (kind === 'other' || kinds.has(name) || (!name.includes(' ') && /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, match.index - 3), match.index)))) continue;
    kinds.set(name, kind);
    if (kinds.size >= maxNames) break;
  }
  return kinds;
}

/** The kind of the first name in `kinds` that a mention holds as whole words, or null. */
export function kindOfNamedParty(mention: string, kinds: ReadonlyMap<string, SourceKind>): SourceKind | null {
  for (const [name, kind] of kinds) {
    const at = mention.indexOf(name);
    if (at < 0) continue;
    const before = mention[at - 1] ?? ' ';
    const after = mention[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return kind;
  }
  return null;
}
