import { z } from 'zod';
import { knownClaimSchema } from '../model/known-claim';
import { claimFactsSchema } from '../facts/schema';
import { pageInfoSchema } from '../model/page';
import { claimReportSchema } from '../model/page-claim';
import { relationSchema } from '../model/stance';

/** A known claim as stored: its words plus the facts read from them when it was stored. */
export const storedClaimSchema = knownClaimSchema.extend({
  facts: claimFactsSchema,
  savedAt: z.number(),
});
export type StoredClaim = z.infer<typeof storedClaimSchema>;

/** A page claim the user saved, with what Crosscheck showed about it then: the export's source. */
export const savedAnnotationSchema = z.object({
  id: z.string().min(1),
  pageUrl: z.string().min(1),
  page: pageInfoSchema,
  report: claimReportSchema,
  savedAt: z.number(),
});
export type SavedAnnotation = z.infer<typeof savedAnnotationSchema>;

/** A person's verdict on how a page claim relates to another claim; it outranks the engine's. */
export const correctionSchema = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  otherId: z.string().min(1),
  relation: relationSchema,
  correctedAt: z.number(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** One persisted piece of the search index. */
export const indexSegmentSchema = z.object({
  id: z.number().int().nonnegative(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
});
export type IndexSegment = z.infer<typeof indexSegmentSchema>;

/** A small named value: which demo set is loaded, the index layout version. */
export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type Setting = z.infer<typeof settingSchema>;
