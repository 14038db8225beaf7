import { auxiliaries, isClauseWord, looksLikeSource, range, sentenceOf } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

/** Whether tokens `[first, last)` hold no clause word and no quotation: a phrase that can name an agent ("most shop owners"). */
function plainPhrase(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (isClauseWord(doc.tokens[i].lower) || doc.quotes[i] >= 0) return false;
  return true;
}

/** "The toll was confirmed by the hospital.": the agent after "by" speaks, the subject is the claim. */
function passiveByAgent(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  const agent = passiveAgent(doc, cue.first, cue.last);
  if (!agent) return null;
  const sentence = sentenceOf(doc, cue.first);
  let auxiliary = cue.first;
  while (auxiliary > sentence.first && verbGroup.test(doc.tokens[auxiliary - 1].lower)) auxiliary--;
  const first = afterDateline(doc, sentence.first, auxiliary);
  if (auxiliary - first < 1 || !plainPhrase(doc, agent[0], agent[1])) return null;
  return { source: range(agent[0], agent[1]), content: range(first, auxiliary) };
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

// Participles without "-ed" that a passive cue may end with: "was shown by", "were seen by".
const irregularParticiples = /^(?:shown|seen|written|told|given|known|taken|held|made|led|backed|heard|said)$/;
const beForms = /^(?:is|was|are|were|be|been|being)$/;
// The words of a verb group before its participle: "has been", "would have been", "is".
const verbGroup = /^(?:is|was|are|were|be|been|being|has|have|had|will|would|may|might|can|could|should|must|also|not|already)$/;
// An agent runs on through "of" and "from" ("dozens of papers ranging from ..."), up to a clause or an adverbial of time.
const agentEnds = /^(?:,|;|:|after|before|during|when|while|as|because|since|but|on|last|this|yesterday|today|for|to)$/;
const maxAgent = 40;
const channels = /^(?:phone|telephone|message|text|email|e-mail|mail|letter|video|videolink|satellite|radio|fax|post|courier|cable|hand|chance|accident|force|name|law|default)$/;

/**
 * "The plan has been endorsed by dozens of papers": the agent after a passive cue's "by"
 * (in the cue or right after it) as tokens `[first, last)`, up to a comma, the sentence end or
 * a word that opens when or where it was said; null when the cue is no passive with "by".
 */
export function passiveAgent(doc: ExtractDocument, cueFirst: number, cueLast: number): [number, number] | null {
  const by = doc.tokens[cueLast - 1].lower === 'by' ? cueLast - 1 : doc.tokens[cueLast]?.lower === 'by' ? cueLast : -1;
  const participle = doc.tokens[by - 1]?.lower ?? '';
  // "said by telephone": how it was said, not by whom.
  if (by < 1 || participle === 'said' || !(/^[a-z]{3,}ed$/.test(participle) || irregularParticiples.test(participle))) return null;
  // A participle right after a comma modifies the noun before it: "the plan, backed by the union".
  let passive = by - 1 === cueFirst && doc.tokens[cueFirst - 1]?.text === ',';
  for (let i = Math.max(0, cueFirst - 2); i < by - 1; i++) passive ||= beForms.test(doc.tokens[i].lower);
  if (!passive) return null;
  const sentence = sentenceOf(doc, cueFirst);
  // "reached by phone", "sent by email": a channel, not an agent.
  if (channels.test(doc.tokens[by + 1]?.lower ?? '')) return null;
  let last = by + 1;
  while (last < sentence.last && last - by <= maxAgent && !agentEnds.test(doc.tokens[last].lower)) last++;
  return last > by + 1 ? [by + 1, last] : null;
}

// A negation between "was" and its participle: "was not told". Other adverbs mostly come before adjectives ("was also determined").
const innerAdverbs = /^(?:not|never)$/;

/** True when a form of "be" comes right before the participle at `i`, or before a negation before it. */
function followsBe(doc: ExtractDocument, i: number): boolean {
  const before = doc.tokens[i - 1].lower;
  return beForms.test(before) || (i >= 2 && innerAdverbs.test(before) && beForms.test(doc.tokens[i - 2].lower));
}

/**
 * True when a cue is a passive with no agent ("was accused of", "have been blamed for", "was
 * announced"): its subject is who the claim is about, not who makes it. "quoted as saying"
 * and an agent after "by" name a speaker and do not count.
 */
export function isAgentlessPassive(doc: ExtractDocument, cueFirst: number, cueLast: number): boolean {
  let participle = -1;
  for (let i = Math.max(1, cueFirst); i < cueLast; i++) {
    const word = doc.tokens[i].lower;
    if ((/^[a-z]{3,}ed$/.test(word) || irregularParticiples.test(word)) && followsBe(doc, i)) participle = i;
  }
  if (participle < 0 || doc.tokens[participle].lower === 'quoted') return false;
  const by = participle + 1 < cueLast ? participle + 1 : cueLast;
  return doc.tokens[by]?.lower !== 'by' && passiveAgent(doc, cueFirst, cueLast) === null;
}

