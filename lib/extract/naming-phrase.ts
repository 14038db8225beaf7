import type { ExtractDocument } from './document';

const namingVerbs = new Set(['called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled', 'known', 'identified']);
// "calls itself Operation Steady Shield": a group's own name for itself, not a claim. A label that is
// no name ("calls himself pro-choice", "described himself as a Catholic") stays a claim about oneself.
const selfNamingVerbs = /^(?:call|calls|called|calling|style|styles|styled|dub|dubs|dubbed)$/;
const reflexives = /^(?:itself|himself|herself|themselves|themself)$/;
const capitalised = /^\p{Lu}/u;
const quoteMarks = /^["“”'‘’«»]$/;
const nameLength = 8;

/** The token after a name that starts right after `from`, or -1 when no name starts there. */
function afterName(doc: ExtractDocument, from: number): number {
  // "the Salt Road": a name may open with a lower-case article.
  const start = doc.tokens[from]?.lower === 'the' ? from + 1 : from;
  let i = start;
  while (i < doc.tokens.length && i < start + nameLength) {
    const text = doc.tokens[i].text;
    if (!quoteMarks.test(text) && !/^[\p{Lu}\p{N}]/u.test(text)) break;
    i++;
  }
  return i > start ? i : -1;
}

// Things that are given names: "a group called ...", "a village named ...", "a film titled ...".
const namedThings = /^(?:group|groups|pac|organi[sz]ation|movement|campaign|class|course|play|book|film|movie|show|series|programme|program|app|party|company|firm|website|site|page|initiative|project|operation|coalition|network|militia|unit|brigade|faction|village|town|city|area|district|neighbou?rhood|camp|zone|plan|bill|law|report|document|video|song|album|event|conference|festival|foundation|fund|committee|council|account|channel|podcast|newsletter|ship|vessel|boat|drone|missile|system|device|scheme)$/;

const indefinite = /^(?:a|an)$/;
const maxThingWords = 4;

/** Whether the noun at `noun` is brought in with "a"/"an" a few words before ("a new group"), not owned ("Sanders' campaign called"). */
function introducedThing(doc: ExtractDocument, noun: number): boolean {
  for (let t = noun - 1; t >= Math.max(0, noun - maxThingWords); t--) if (indefinite.test(doc.tokens[t].lower)) return true;
  return false;
}

/** A name or a quotation opening at `from`: "Dawn Front", "the Salt Road", "“Silent Coast”". */
function opensNameOrQuote(doc: ExtractDocument, from: number): boolean {
  return opensName(doc, from) || quoteMarks.test(doc.tokens[from]?.text ?? '');
}

/** Whether a capitalised name starts at `from`, after an optional "the": "the Dawn Front", not "a pragmatist" or "“very pro-choice”". */
function opensName(doc: ExtractDocument, from: number): boolean {
  const start = doc.tokens[from]?.lower === 'the' ? from + 1 : from;
  return capitalised.test(doc.tokens[start]?.text ?? '');
}

/** "as the coalition is formally known": "as" opens the clause a few words before the verb. */
function asBefore(doc: ExtractDocument, verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 6); i--) if (doc.tokens[i].lower === 'as') return true;
  return false;
}

/** "identified as X", "identified only as X", "identified by his first name, X". */
function identifiedAs(doc: ExtractDocument, verb: number): boolean {
  const next = doc.tokens[verb + 1]?.lower;
  const as = next === 'only' ? doc.tokens[verb + 2]?.lower : next;
  return as === 'as' || (as === 'by' && /^(?:his|her|their)$/.test(doc.tokens[verb + (next === 'only' ? 3 : 2)]?.lower ?? ''));
}

/**
 * True when the naming verb at `verb` gives something a name rather than reporting speech:
 * "a camp known as Site Nine", or an apposition closed by a comma, "The group, called Dawn
 * Front, claimed ...". "Critics called the plan reckless" and "Ann Poe, a lawyer, called
 * Dover a trap" keep their cue: no "as", and the name is not closed off.
 */
function namesSomething(doc: ExtractDocument, verb: number): boolean {
  // "known as X", or the name first: "X, as the coalition is formally known".
  if (doc.tokens[verb].lower === 'known') return doc.tokens[verb + 1]?.lower === 'as' || asBefore(doc, verb);
  // "a driver identified only as Sami": the name a report gives someone; "identified the bodies" stays a cue.
  if (doc.tokens[verb].lower === 'identified') return identifiedAs(doc, verb);
  // "a militia called Dawn Front", "a report titled “Silent Coast”", "the so-called corridor": a thing and its name.
  if (namedThings.test(doc.tokens[verb - 1]?.lower ?? '') && introducedThing(doc, verb - 1) && opensNameOrQuote(doc, verb + 1)) return true;
  if (doc.tokens[verb - 1]?.lower === 'so') return true;
  // ", also called X," opens the same way as ", called X,".
  const opener = doc.tokens[doc.tokens[verb - 1]?.lower === 'also' ? verb - 2 : verb - 1]?.text;
  if (opener !== ',' && opener !== '(') return false;
  const end = afterName(doc, verb + 1);
  const closer = end >= 0 ? doc.tokens[end]?.text : undefined;
  return closer === ',' || closer === ')';
}

/** True when the cue `[first, last)` holds a naming verb used to name: "known as", ", called X,", "identified only as", "calls itself X". */
export function isNamingPhrase(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (namingVerbs.has(doc.tokens[i].lower) && namesSomething(doc, i)) return true;
    if (selfNamingVerbs.test(doc.tokens[i].lower) && reflexives.test(doc.tokens[i + 1]?.lower ?? '') && opensName(doc, i + 2)) return true;
  }
  return false;
}
