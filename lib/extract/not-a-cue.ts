import { reportingVerbs } from './clause-parts';
import { isConveningCall } from './convening-call';
import { isDeedResponse } from './deed-response';
import { isFreeRelative } from './free-relative';
import { isViolentEvent } from './violent-event';
import type { ExtractDocument } from './document';
import { isNamingPhrase } from './naming-phrase';
import { isNoticeLabelColon } from './notice-label';
import { inObjectRelative } from './object-relative';
import { isSayingIdiom } from './saying-idiom';
import { isSententialRelative } from './sentential-relative';
import type { CueRange } from './tag-cues';

const determiners = new Set(['the', 'this', 'that', 'these', 'those', 'aforesaid']);
const passiveBe = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Verbs after "said to" that make it hearsay about the subject ("said to be", "said to have").
const hearsayVerbs = new Set(['be', 'have', 'hold', 'own', 'contain', 'include', 'know', 'lead', 'number', 'cost', 'exist', 'suffer', 'face', 'involve', 'total', 'stand', 'lie', 'belong', 'date', 'originate']);
// Who speech is addressed to after "said to": "said to reporters", "said to him", "said to the crowd".
const listeners = /^(?:the|a|an|his|her|their|its|our|my|him|her|them|me|us|you|reporters|journalists|lawmakers|supporters|parliament)$/;
// Formulas where "say" is a gesture, not a report: "said goodbye", "say a prayer".
const gestures = new Set(['goodbye', 'good-bye', 'farewell', 'hello', 'grace', 'prayers', 'prayer']);
const sayForms = new Set(['say', 'says', 'said', 'saying']);

// Hedge words the cue model may take for a cue; beside a reporting verb they only weaken its claim.
const hedgeCues = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'appeared', 'appears', 'seemed', 'seems']);
const reportWords = new Set([...reportingVerbs, 'according', 'quoted', 'citing', 'acknowledge', 'admit', 'concede', 'accept', 'agree', 'suggest']);

/** "The strike reportedly killed four, residents said": the hedge is on the residents' claim. */
function isHedgeBesideReport(doc: ExtractDocument, cue: CueRange): boolean {
  const words = doc.tokens.slice(cue.first, Math.min(cue.last, cue.first + 6)).map((token) => token.lower);
  // "has appeared to acknowledge" holds a reporting verb of its own and stays a cue.
  if (!words.some((word) => hedgeCues.has(word)) || words.some((word) => reportWords.has(word))) return false;
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  for (let i = Math.max(sentence.first, cue.first - 60); i < Math.min(sentence.last, cue.last + 60); i++) {
    if (reportWords.has(doc.tokens[i].lower) && doc.quotes[i] < 0) return true;
  }
  return false;
}

// "asked not to be named", "requested anonymity": the formula that hides a source, not a claim.
const anonymityFormula = /^(?:not to be (?:named|identified|quoted)|anonymity|that (?:his|her|their) name)/;

function asksForAnonymity(doc: ExtractDocument, after: number): boolean {
  const next = doc.tokens.slice(after, after + 4).map((token) => token.lower).join(' ');
  return anonymityFormula.test(next);
}

/** "The fort, said to date from 1820, ...": "said to" plus a verb after a comma is hearsay about the fort. */
function isHearsay(before: string, said: number, doc: ExtractDocument): boolean {
  if (doc.tokens[said + 1]?.lower !== 'to') return false;
  const verb = doc.tokens[said + 2];
  if (passiveBe.has(before) || hearsayVerbs.has(verb?.lower ?? '')) return true;
  return before === ',' && verb !== undefined && /^[a-z]+$/.test(verb.text) && !listeners.test(verb.lower);
}

// Participles that, after a determiner, only qualify a noun: "an alleged video", "the reported attack".
const qualifyingParticiples = new Set(['alleged', 'purported', 'reported', 'suspected', 'claimed', 'rumoured', 'rumored', 'supposed', 'presumed']);
const articles = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

// "warning shots", "warning signs": "warning" naming a kind of thing, not a warning given.
const warningThings = /^(?:shots?|signs?|labels?|lights?|systems?|letters?|sirens?|flares?|strikes?|track|bells?)$/;

/** Whether the cue is "warning" used as a modifier of a noun ("fired warning shots"). */
function isWarningModifier(doc: ExtractDocument, cue: CueRange): boolean {
  return cue.last - cue.first === 1 && doc.tokens[cue.first].lower === 'warning' && warningThings.test(doc.tokens[cue.last]?.lower ?? '');
}

// Whom one calls on the telephone: "called his mother", "called her husband at 7 a.m.".
const callees = /^(?:mother|father|mum|mom|dad|parents|wife|husband|son|daughter|brother|sister|family|friend|friends|relatives?|cousin|uncle|aunt|boss|office|lawyer|doctor)$/;
const possessives = /^(?:his|her|their|my|our|your)$/;

/** "called his mother": a telephone call, not calling something a name. */
function isTelephoneCall(doc: ExtractDocument, cue: CueRange): boolean {
  const verb = doc.tokens[cue.last - 1].lower;
  if (verb !== 'called' && verb !== 'phoned' && verb !== 'rang') return false;
  return possessives.test(doc.tokens[cue.last]?.lower ?? '') && callees.test(doc.tokens[cue.last + 1]?.lower ?? '');
}

/** "an alleged video of the incident": a hedging participle used as an adjective is no cue; the hedge stays on the claim that holds it. */
function isQualifyingAdjective(doc: ExtractDocument, cue: CueRange): boolean {
  return cue.last - cue.first === 1 && qualifyingParticiples.has(doc.tokens[cue.first].lower)
    && articles.has(doc.tokens[cue.first - 1]?.lower ?? '') && /^[a-z]/.test(doc.tokens[cue.first + 1]?.text ?? '');
}

/**
 * True when a cue only asks for anonymity ("a resident who asked not to be named"), is a hedge
 * beside a reporting verb ("reportedly ..., officials said": kept as the claim's hedge) or an
 * adjective ("an alleged video", "warning shots"), a telephone call ("called his mother"), is the
 * writer's set phrase ("having said that"), names ("known as"), convenes ("called a meeting"),
 * answers by a deed ("responded by firing") or is one ("opened fire"), only points at words
 * ("what each side says,"), is the writer's inference (", which might explain the gap"), is the colon of a page label ("Update:"), is a gesture ("said goodbye", "say a prayer"), or a "said" cue is not reporting speech: "the said
 * agreement" (a determiner before it) or "is said to be" / ", said to date from" (hearsay
 * about the subject, no speaker).
 */
export function isNotACue(doc: ExtractDocument, cue: CueRange): boolean {
  if (asksForAnonymity(doc, cue.last) || isHedgeBesideReport(doc, cue) || inObjectRelative(doc, cue.first)) return true;
  if (isQualifyingAdjective(doc, cue) || isWarningModifier(doc, cue) || isTelephoneCall(doc, cue)) return true;
  if (isSayingIdiom(doc, cue.first, cue.last) || isNamingPhrase(doc, cue.first, cue.last) || isConveningCall(doc, cue.first, cue.last)) return true;
  if (isDeedResponse(doc, cue.first, cue.last) || isNoticeLabelColon(doc, cue.first, cue.last) || isViolentEvent(doc, cue.first, cue.last)) return true;
  if (isFreeRelative(doc, cue.first, cue.last) || isSententialRelative(doc, cue.first, cue.last)) return true;
  // The verb may sit anywhere in a cue the model drew wide ("the said agreement").
  let said = cue.last - 1;
  while (said > cue.first && !sayForms.has(doc.tokens[said].lower)) said--;
  const word = doc.tokens[said].lower;
  if (sayForms.has(word)) {
    const next = doc.tokens[said + 1]?.lower ?? '';
    if (gestures.has(next) || (next === 'a' && gestures.has(doc.tokens[said + 2]?.lower ?? ''))) return true;
  }
  if (word !== 'said') return false;
  const before = doc.tokens[said - 1]?.lower ?? '';
  return determiners.has(before) || isHearsay(before, said, doc);
}
