import type { Report } from './schema';
import { isCapitalised, isClauseBreak, quote, type Token } from './tokens';

const sayVerbs = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'claimed', 'claims', 'stated',
  'states', 'announced', 'added', 'insisted', 'alleged', 'confirmed', 'denied', 'denies', 'noted', 'wrote',
  'tweeted', 'posted', 'accused', 'warned', 'read']);
const determiners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
// Words that end a speaker's name going backwards: they belong to a clause ("eleven had died and accused").
const clauseWords = new Set(['and', 'or', 'but', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'that', 'who', 'which', 'not']);
// Auxiliaries and adverbs between a speaker and the verb: "Police have said", "The army meanwhile said".
const verbCompanions = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'now', 'again', 'still', 'meanwhile', 'earlier', 'previously', 'never']);
// Verbs that take an inverted speaker ("said the minister"). "Denied its jets bombed the market" opens
// with a denial, not with a speaker, and "told reporters" names who listened.
const invertingVerbs = new Set(['said', 'says', 'reported', 'stated', 'announced', 'added', 'insisted', 'noted',
  'wrote', 'tweeted', 'posted', 'warned']);

// "The Red Cross and the UN said": "and" between two names joins them.
function joinsNames(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at].lower === 'and' && isCapitalised(tokens[at - 1] ?? next) && (isCapitalised(next) || determiners.has(next.lower));
}

const relatives = new Set(['who', 'which', 'that']);

// "Officials who were at the scene said": the relative pronoun a few words before `from`, or -1.
function relativeBefore(tokens: Token[], from: number): number {
  for (let at = from; at >= 0 && at > from - 4; at -= 1) {
    if (isClauseBreak(tokens[at]) || tokens[at].text === ',') return -1;
    if (relatives.has(tokens[at].lower)) return at;
  }
  return -1;
}

function speakerBefore(text: string, tokens: Token[], cue: number): string | null {
  let end = cue;
  while (end > 0 && cue - end < 3 && verbCompanions.has(tokens[end - 1].lower)) end -= 1;
  return phraseEndingAt(text, tokens, end);
}

// The speaker's words ending before token `end`; past a relative clause, the noun it describes.
function phraseEndingAt(text: string, tokens: Token[], end: number): string | null {
  let start = end;
  for (let at = end - 1; at >= 0 && at >= end - 6; at -= 1) {
    const token = tokens[at];
    if (clauseWords.has(token.lower) && !joinsNames(tokens, at)) {
      // Words after a clause word end that clause ("Officials who were [at the scene] said").
      const relative = relativeBefore(tokens, at);
      return relative > 0 ? phraseEndingAt(text, tokens, relative) : null;
    }
    if (isClauseBreak(token) || token.text === ',') break;
    if (!isCapitalised(token) && !determiners.has(token.lower) && !/^\p{Ll}/u.test(token.text)) break;
    start = at;
  }
  // A speaker opens with an article or a name ("the ministry", "Officials"), or is one plural noun
  // ("residents said"); a run of other lower-case words is the end of a clause ("the strike killed nine said").
  while (start < end - 1 && !isCapitalised(tokens[start]) && !determiners.has(tokens[start].lower)) start += 1;
  const opensSpeaker = start < end && (isCapitalised(tokens[start]) || determiners.has(tokens[start].lower) || /^\p{Ll}+s$/u.test(tokens[start].text));
  return opensSpeaker ? quote(text, tokens, start, end - 1) : null;
}

// A verb opening its clause may have its speaker after it ("..., said the minister"); one after other words may not.
function opensClause(tokens: Token[], index: number): boolean {
  return index === 0 || isClauseBreak(tokens[index - 1]) || tokens[index - 1].text === ',';
}

function speakerAfter(text: string, tokens: Token[], from: number): string | null {
  let end = from - 1;
  for (let at = from; at < tokens.length && at < from + 6; at += 1) {
    if (isClauseBreak(tokens[at]) || tokens[at].text === ',') break;
    end = at;
  }
  return end >= from ? quote(text, tokens, from, end) : null;
}

/**
 * Who the text says is speaking, when it reports someone's words: "X said",
 * "according to X", "citing X". Null when the text asserts in its own voice.
 */
export function readReport(text: string, tokens: Token[]): Report | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index].lower;
    if ((word === 'according' && tokens[index + 1]?.lower === 'to') || word === 'citing') {
      const from = index + (word === 'citing' ? 1 : 2);
      const speaker = speakerAfter(text, tokens, from);
      if (speaker) return { speaker, cue: quote(text, tokens, index, from - 1) };
    }
    if (sayVerbs.has(word)) {
      const speaker = speakerBefore(text, tokens, index) ?? (invertingVerbs.has(word) && opensClause(tokens, index) ? speakerAfter(text, tokens, index + 1) : null);
      if (speaker) return { speaker, cue: tokens[index].text };
    }
  }
  return null;
}
