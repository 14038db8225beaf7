import type { Attribution } from '../model/attribution';
import { attributionModel } from './attribution-model';
import type { ExtractDocument } from './document';
import { findHedges } from './hedges';
import type { SpeakerContext } from './resolve-speaker';
import { tokenRuns, tokenSpan } from './spans';
import type { CueRange } from './tag-cues';
import { tagRoles } from './tag-roles';
import { findVia } from './via';

function nearestRun(runs: Array<[number, number]>, cue: CueRange): [number, number] | undefined {
  const distance = ([first, last]: [number, number]) => (last <= cue.first ? cue.first - last : first - cue.last);
  return runs.reduce<[number, number] | undefined>((best, run) => (best && distance(best) <= distance(run) ? best : run), undefined);
}

/**
 * The attribution a cue makes, with its source and content labelled by the role model and
 * its speaker resolved in `speakers`; null when the model finds no content for the cue.
 */
export function buildAttribution(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array, speakers: SpeakerContext): Attribution | null {
  const roles = tagRoles(doc, attributionModel.role, cue, isCue);
  if (roles.content.length === 0) return null;
  const sourceRun = nearestRun(tokenRuns(roles.source, 1), cue);
  const source = sourceRun ? tokenSpan(doc, sourceRun[0], sourceRun[1]) : null;
  const contentFirst = roles.content[0];
  const contentLast = roles.content[roles.content.length - 1] + 1;
  const speaker = speakers.resolve(source?.text ?? null);
  return {
    source,
    cue: tokenSpan(doc, cue.first, cue.last),
    content: tokenSpan(doc, contentFirst, contentLast),
    speaker: speaker.name,
    speakerKind: speaker.kind,
    hedges: findHedges(doc, contentFirst, contentLast, cue.first, cue.last),
    via: findVia(doc, cue.first, cue.last),
  };
}
