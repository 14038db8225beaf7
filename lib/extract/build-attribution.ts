import type { Attribution } from '../model/attribution';
import { accordingToRoles } from './according-to';
import { isAdverbCue } from './adverb-cue';
import { attributionModel } from './attribution-model';
import { chooseContent, claimSpan } from './choose-content';
import { chooseSource } from './choose-source';
import type { ExtractDocument } from './document';
import { findingOpenerRoles } from './finding-opener';
import { findHedges } from './hedges';
import { isImplausible } from './implausible';
import { openingOrganisationBefore } from './opening-organisation';
import { nearestPersonBefore } from './nearest-person';
import { parentheticalRoles } from './parenthetical-clause';
import { relativeAntecedent } from './relative-antecedent';
import { rejectedClaimRoles } from './rejected-claim';
import { reportingClauseRoles } from './reporting-clause';
import type { SpeakerContext } from './resolve-speaker';
import { tokenSpan } from './spans';
import type { CueRange } from './tag-cues';
import { tagRoles } from './tag-roles';
import { findVia } from './via';

const groupRelatives = new Set(['which', 'that']);

/**
 * The attribution a cue makes, with its source and content labelled by the role model and
 * its speaker resolved in `speakers`; null when the model finds no content for the cue.
 */
export function buildAttribution(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array, speakers: SpeakerContext): Attribution | null {
  const around = parentheticalRoles(doc, cue);
  const roles = around ?? accordingToRoles(doc, cue) ?? findingOpenerRoles(doc, cue) ?? rejectedClaimRoles(doc, cue, isCue)
    ?? reportingClauseRoles(doc, cue) ?? tagRoles(doc, attributionModel.role, cue, isCue);
  const sourceRange = chooseSource(doc, cue, roles.source, isCue);
  // A parenthetical clause or a hedging adverb ("Four boats reportedly sank") sits inside its one claim.
  const insideClaim = around !== null || (cue.last - cue.first === 1 && isAdverbCue(doc, cue.first));
  const content = chooseContent(doc, cue, roles, insideClaim, sourceRange);
  if (content.length === 0) return null;
  const source = sourceRange ? tokenSpan(doc, sourceRange[0], sourceRange[1]) : null;
  const via = findVia(doc, cue.first, cue.last);
  const [contentFirst, contentLast] = claimSpan(doc, cue, content, isCue, via);
  if (isImplausible(doc, sourceRange, [contentFirst, contentLast])) return null;
  const mention = sourceRange ? sourceRange[0] : cue.first;
  // "who" is left to the person rules, which skip an apposition ("Ali Hassan, a spokesman for the ministry, who").
  const antecedent = sourceRange && sourceRange[1] - sourceRange[0] === 1 && groupRelatives.has(doc.tokens[mention].lower) ? relativeAntecedent(doc, mention) : null;
  const antecedentText = antecedent ? tokenSpan(doc, antecedent[0], antecedent[1]).text : null;
  const speaker = speakers.resolve(source?.text ?? null, () => antecedentText ?? nearestPersonBefore(doc, mention), () => antecedentText ?? openingOrganisationBefore(doc, mention));
  return {
    source,
    cue: tokenSpan(doc, cue.first, cue.last),
    content: tokenSpan(doc, contentFirst, contentLast),
    speaker: speaker.name,
    speakerKind: speaker.kind,
    hedges: findHedges(doc, contentFirst, contentLast, cue.first, cue.last),
    via,
  };
}
