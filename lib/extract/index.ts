import type { Attribution } from '../model/attribution';
import { attributionModel } from './attribution-model';
import { readDocument, type ExtractDocument } from './document';
import { tokenRuns, tokenSpan } from './spans';
import { tagCues, type CueRange } from './tag-cues';
import { tagRoles } from './tag-roles';

function nearestRun(runs: Array<[number, number]>, cue: CueRange): [number, number] | undefined {
  const distance = ([first, last]: [number, number]) => (last <= cue.first ? cue.first - last : first - cue.last);
  return runs.reduce<[number, number] | undefined>((best, run) => (best && distance(best) <= distance(run) ? best : run), undefined);
}

function buildAttribution(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array): Attribution | null {
  const roles = tagRoles(doc, attributionModel.role, cue, isCue);
  if (roles.content.length === 0) return null;
  const sourceRun = nearestRun(tokenRuns(roles.source, 1), cue);
  const source = sourceRun ? tokenSpan(doc, sourceRun[0], sourceRun[1]) : null;
  const content = tokenSpan(doc, roles.content[0], roles.content[roles.content.length - 1] + 1);
  return { source, cue: tokenSpan(doc, cue.first, cue.last), content, speaker: source?.text ?? null, speakerKind: 'other', hedges: [], via: null };
}

/** Every attributed claim in a text, sorted by where its content starts. */
export function extractAttributions(text: string): Attribution[] {
  const doc = readDocument(text);
  const cues = tagCues(doc, attributionModel.cue, 0, doc.tokens.length);
  const isCue = new Uint8Array(doc.tokens.length);
  for (const cue of cues) isCue.fill(1, cue.first, cue.last);
  return cues
    .map((cue) => buildAttribution(doc, cue, isCue))
    .filter((a): a is Attribution => a !== null)
    .sort((a, b) => a.content.start - b.content.start);
}
