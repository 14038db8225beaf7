import { identityAt } from './identities';
import { actorTable, actorSide } from './actors';
import { phraseAt } from './phrase-table';
import { readQuantity, type Quantity } from './quantity';
import type { Toll, TollSlot } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

const slotWords: Record<string, TollSlot> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', dead: 'killed', died: 'killed',
  deaths: 'killed', fatalities: 'killed', lives: 'killed', perished: 'killed', slain: 'killed',
  wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded', injuries: 'wounded',
  hurt: 'wounded', wounds: 'wounded', casualties: 'casualties', detained: 'detained', detaining: 'detained',
  arrested: 'detained', arresting: 'detained', captured: 'detained', abducted: 'detained', kidnapped: 'detained',
  missing: 'missing', displaced: 'displaced', displacing: 'displaced',
};

/** Forms that take the counted people after them: "killing two", "wounded three others". */
const transitive = new Set(['killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'injured', 'injuring',
  'detained', 'detaining', 'arrested', 'arresting', 'captured', 'abducted', 'kidnapped', 'displaced', 'displacing']);

// Words allowed between a number and its slot word: "two Syrian regime soldiers were killed".
const maxGap = 6;
const gapStops = new Set(['and', 'or', 'but', 'after', 'when', 'while', 'which', 'who', 'that', 'as', 'in', 'by']);

/** Marks a `who` that is a plain noun ("noun:guard") rather than an identity or party key. */
export const nounPrefix = 'noun:';

interface Counted {
  key: string;
  to: number;
}

// An identity ("soldier") says more about who was counted than a party ("Syrian regime"), so it wins.
function whoIn(tokens: Token[], from: number, to: number): Counted | null {
  for (let index = from; index <= to; index += 1) {
    if (isClauseBreak(tokens[index]) || gapStops.has(tokens[index].lower) || tokens[index].text === ',') break;
    const identity = identityAt(tokens, index);
    if (identity) return { key: identity.key, to: identity.to };
  }
  for (let index = from; index <= to; index += 1) {
    if (isClauseBreak(tokens[index]) || gapStops.has(tokens[index].lower) || tokens[index].text === ',') break;
    const actor = phraseAt(tokens, index, actorTable);
    if (actor && actor.key !== 'army') return { key: actorSide(actor.key), to: actor.to };
  }
  return nounIn(tokens, from, to);
}

// Words that count people without saying who they are.
const genericNouns = new Set(['people', 'persons', 'person', 'others', 'individuals', 'men', 'more', 'of', 'them']);

// Otherwise the first plain noun-like word names who was counted ("guards", "raiders"), kept as written.
function nounIn(tokens: Token[], from: number, to: number): Counted | null {
  for (let index = from; index <= to && index <= from + 2; index += 1) {
    const token = tokens[index];
    if (isClauseBreak(token) || gapStops.has(token.lower) || slotWords[token.lower] || !/^\p{Ll}{3,}$/u.test(token.text)) return null;
    if (['were', 'was', 'are', 'is', 'have', 'had', 'been'].includes(token.lower)) return null;
    if (!genericNouns.has(token.lower)) return { key: `${nounPrefix}${token.lower.replace(/s$/, '')}`, to: index };
  }
  return null;
}

function slotsFrom(tokens: Token[], index: number): TollSlot[] {
  const slots: TollSlot[] = [];
  for (let at = index; at < tokens.length && at < index + 5; at += 1) {
    const slot = slotWords[tokens[at].lower];
    if (slot) slots.push(slot);
    else if (!['or', 'and', ',', 'were', 'was', 'been', 'have', 'had', 'are', 'is'].includes(tokens[at].lower)) break;
  }
  return slots;
}

// "seven people, including two children, were killed": the aside is skipped, its count is part of the whole.
function skipAside(tokens: Token[], at: number): number {
  if (tokens[at].lower !== 'including' && tokens[at].lower !== 'among') return at;
  for (let end = at + 1; end < tokens.length && end <= at + 8; end += 1) {
    if (tokens[end].text === ',') return end;
    if (isClauseBreak(tokens[end])) return at;
  }
  return at;
}

interface CountRead {
  tolls: Toll[];
  /** Index of the slot word, where reading resumes. */
  end: number;
}

function countBefore(text: string, tokens: Token[], index: number): CountRead | null {
  const amount = readQuantity(tokens, index);
  if (!amount) return null;
  let limit = amount.next + maxGap;
  for (let at = amount.next; at < tokens.length && at <= limit; at += 1) {
    const after = skipAside(tokens, at);
    limit += after - at;
    at = after;
    const token = tokens[at];
    if (isClauseBreak(token) || gapStops.has(token.lower) || readQuantity(tokens, at)) return null;
    // "one of the wounded died": after "the", a slot word names people, not what befell them.
    if (slotWords[token.lower] === undefined || tokens[at - 1]?.lower === 'the') continue;
    if (transitive.has(token.lower) && readQuantity(tokens, at + 1)) return null;
    const who = whoIn(tokens, amount.next, at - 1);
    return { tolls: slotsFrom(tokens, at).map((slot) => toll(slot, amount, quote(text, tokens, index, at), who?.key ?? null)), end: at };
  }
  return null;
}

function countAfter(text: string, tokens: Token[], index: number): Toll[] {
  const slot = slotWords[tokens[index].lower];
  if (!slot || !transitive.has(tokens[index].lower)) return [];
  const amount = readQuantity(tokens, index + 1);
  if (!amount) return [];
  const who = whoIn(tokens, amount.next, Math.min(tokens.length - 1, amount.next + 3));
  return [toll(slot, amount, quote(text, tokens, index, who ? who.to : amount.next - 1), who?.key ?? null)];
}

function deathToll(text: string, tokens: Token[], index: number): Toll[] {
  if (tokens[index].lower !== 'toll') return [];
  for (let at = index + 1; at < Math.min(tokens.length, index + 5); at += 1) {
    const amount = readQuantity(tokens, at);
    if (amount) return [toll('killed', amount, quote(text, tokens, index, amount.next - 1), null)];
  }
  return [];
}

function toll(slot: TollSlot, amount: Quantity, words: string, who: string | null): Toll {
  return { slot, min: amount.min, max: amount.max, text: words, who };
}

/**
 * Counts of people killed, wounded, detained... read as intervals, each with
 * its slot and, where the words say, who was counted ("soldier", "civilian").
 */
export function readTolls(text: string, tokens: Token[]): Toll[] {
  const tolls: Toll[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    tolls.push(...countAfter(text, tokens, index), ...deathToll(text, tokens, index));
    const before = countBefore(text, tokens, index);
    if (before) {
      tolls.push(...before.tolls);
      index = before.end;
    }
  }
  return tolls;
}
