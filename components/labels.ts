import type { ReasonKind, Relation } from '../lib/model/stance';
import type { SourceKind } from '../lib/model/source-kind';
import { reasonKindNames } from '../lib/export/reason-wording';

/** How a speaker's kind reads on a badge. */
export const sourceKindLabels: Readonly<Record<SourceKind, string>> = {
  government: 'Government',
  military: 'Military',
  'armed-group': 'Armed group',
  'state-media': 'State media',
  monitor: 'Monitor',
  'news-agency': 'News agency',
  journalist: 'Journalist',
  witness: 'Witness',
  unnamed: 'Unnamed source',
  other: 'Other',
};

/** What kind of difference or likeness a reason points at, in a desk editor's words: the same names the exports use. */
export const reasonKindLabels: Readonly<Record<ReasonKind, string>> = reasonKindNames;

/** Group headings for the other sources, by how they relate to the claim. */
export const relationHeadings: Readonly<Record<Relation, string>> = {
  contradicts: 'Sources that contradict',
  agrees: 'Sources that agree',
  discusses: 'Sources that discuss',
  unrelated: 'Marked unrelated',
};

/** Relations listed in this order: disagreement first, since that is what a checker hunts. */
export const relationOrder: readonly Relation[] = ['contradicts', 'agrees', 'discusses', 'unrelated'];

/** The relations a person can set by hand from the card or the popup. */
export const correctableRelations = ['agrees', 'contradicts', 'unrelated'] as const;
export type CorrectableRelation = (typeof correctableRelations)[number];

export const correctionLabels: Readonly<Record<CorrectableRelation, string>> = {
  agrees: 'Agrees',
  contradicts: 'Contradicts',
  unrelated: 'Unrelated',
};
