import type { Attribution } from '../model/attribution';
import { buildAttribution } from './build-attribution';
import { readQuotedDocument } from './apostrophe-quotes';
import type { ExtractDocument } from './document';
import { withinDescribedSources } from './described-source';
import { findParagraphCues } from './find-cues';
import { layoutAttributions, postAttribution, signedBelow } from './post-attribution';
import { SpeakerContext } from './resolve-speaker';
import { inheritSource, sharesSubject } from './shared-subject';
import type { CueRange } from './tag-cues';

/** Token ranges `[first, last)` of each paragraph, in order. */
function paragraphRanges(doc: ExtractDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  doc.tokens.forEach((_, i) => {
    if (i === 0 || doc.paragraphs[i] !== doc.paragraphs[i - 1]) ranges.push([i, i + 1]);
    else ranges[ranges.length - 1][1] = i + 1;
  });
  return ranges;
}

function buildParagraph(doc: ExtractDocument, cues: CueRange[], isCue: Uint8Array, speakers: SpeakerContext): Attribution[] {
  const found: Attribution[] = [];
  let previous: { cue: CueRange; attribution: Attribution } | null = null;
  for (const cue of cues) {
    let attribution = buildAttribution(doc, cue, isCue, speakers);
    if (!attribution) continue;
    const sameSentence = previous !== null && doc.sentenceOf[previous.cue.first] === doc.sentenceOf[cue.first];
    if (attribution.source === null && previous && sameSentence && sharesSubject(doc, cue.first)) attribution = inheritSource(attribution, previous.attribution);
    found.push(attribution);
    previous = { cue, attribution };
  }
  return found;
}

const byContentStart = (a: Attribution, b: Attribution) => a.content.start - b.content.start;

/**
 * Yields the attributions of each paragraph in turn (sorted by content start), so a caller
 * can spread the work over time slices. The text is read once up front; who "he" or "it"
 * is carries over from paragraph to paragraph, and cues are found one paragraph ahead so a
 * source or content may sit in the next paragraph.
 */
export function* extractAttributionSteps(text: string): Generator<Attribution[], void> {
  const doc = readQuotedDocument(text);
  const speakers = new SpeakerContext(text);
  const paragraphs = paragraphRanges(doc);
  const isCue = new Uint8Array(doc.tokens.length);
  const cues: CueRange[][] = [];
  const findCues = (p: number) => {
    if (p < paragraphs.length && !cues[p]) cues[p] = findParagraphCues(doc, paragraphs[p][0], paragraphs[p][1], isCue);
  };
  for (let p = 0; p < paragraphs.length; p++) {
    findCues(p);
    findCues(p + 1);
    const [first, last] = paragraphs[p];
    const [nextFirst, nextLast] = paragraphs[p + 1] ?? [0, 0];
    const found = signedBelow(doc, withinDescribedSources(doc, buildParagraph(doc, cues[p], isCue, speakers)), nextFirst, nextLast, speakers);
    const post = postAttribution(doc, first, last, p > 0 ? paragraphs[p - 1][0] : -1, speakers);
    const layout = post ? [post] : layoutAttributions(doc, first, last, speakers);
    const layoutCues = new Set(layout.map((a) => a.cue.start));
    yield [...found.filter((a) => !layoutCues.has(a.cue.start)), ...layout].sort(byContentStart);
  }
}

/**
 * Every attributed claim in a text (who said what, with the cue that attributes it),
 * sorted by where its content starts. Headlines, captions, bylines and bios yield none.
 */
export function extractAttributions(text: string): Attribution[] {
  const all: Attribution[] = [];
  // One push per attribution: spreading a huge paragraph's step into push() overflows the stack.
  for (const step of extractAttributionSteps(text)) for (const attribution of step) all.push(attribution);
  return all.sort(byContentStart);
}
