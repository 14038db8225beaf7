import { z } from 'zod';

/** What kind of party a source is; drives the card's labels and how much weight a denial carries. */
export const sourceKinds = [
  'government',
  'military',
  'armed-group',
  'state-media',
  'monitor',
  'news-agency',
  'journalist',
  'witness',
  'unnamed',
  'other',
] as const;

export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;
