import { auxiliaries, looksLikeSource, maxSource, range, sentenceOf, tailOpeners } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

/** "The toll was confirmed by the hospital.": the agent after "by" speaks, the subject is the claim. */
function passiveByAgent(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  const sentence = sentenceOf(doc, cue.first);
  if (doc.tokens[cue.last]?.lower !== 'by' || !/ed$/.test(doc.tokens[cue.last - 1].lower)) return null;
  const auxiliary = auxiliaries.has(doc.tokens[cue.first].lower) ? cue.first : cue.first - 1;
  if (!auxiliaries.has(doc.tokens[auxiliary]?.lower ?? '')) return null;
  let sourceLast = cue.last + 1;
  while (sourceLast < sentence.last && sourceLast - cue.last <= maxSource && doc.tokens[sourceLast].text !== ',' && !tailOpeners.test(doc.tokens[sourceLast].lower)) sourceLast++;
  const first = afterDateline(doc, sentence.first, auxiliary);
  if (auxiliary - first < 1 || !looksLikeSource(doc, cue.last + 1, sourceLast)) return null;
  return { source: range(cue.last + 1, sourceLast), content: range(first, auxiliary) };
}

/**
 * "The governor was quoted [by Radio Meridian] as saying ...": the one quoted speaks, whoever
 * quoted them; the claim runs from the cue to the sentence end.
 */
function quotedAsSaying(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (doc.tokens[cue.last - 1].lower !== 'saying') return null;
  const sentence = sentenceOf(doc, cue.first);
  let quoted = cue.last - 2;
  while (quoted > sentence.first && quoted >= cue.last - 10 && doc.tokens[quoted].lower !== 'quoted') quoted--;
  const auxiliary = quoted - 1;
  if (doc.tokens[quoted].lower !== 'quoted' || !auxiliaries.has(doc.tokens[auxiliary]?.lower ?? '')) return null;
  const first = afterDateline(doc, sentence.first, auxiliary);
  if (!looksLikeSource(doc, first, auxiliary) || cue.last >= sentence.last) return null;
  return { source: range(first, auxiliary), content: range(cue.last, sentence.last) };
}

/** "Fishermen were told that ...": whoever was told only listened; the speaker goes unnamed. */
function passiveTold(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  const verb = cue.last - 1;
  if (!/^(?:told|informed)$/.test(doc.tokens[verb].lower) || doc.tokens[cue.last]?.lower === 'by') return null;
  const auxiliary = verb > cue.first ? verb - 1 : cue.first - 1;
  if (!/^(?:was|were|been|being)$/.test(doc.tokens[auxiliary]?.lower ?? '')) return null;
  const sentence = sentenceOf(doc, cue.first);
  return cue.last + 2 < sentence.last ? { source: [], content: range(cue.last, sentence.last) } : null;
}

/**
 * Roles for a passive cue: the agent after "by" speaks ("The toll was confirmed by the
 * hospital."), the one quoted speaks ("X was quoted [by Y] as saying ..."), and a passive
 * "told" has no source. Null for any other cue.
 */
export function passiveRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  return quotedAsSaying(doc, cue) ?? passiveTold(doc, cue) ?? passiveByAgent(doc, cue);
}
