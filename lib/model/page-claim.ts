import { z } from 'zod';
import { attributionSchema } from './attribution';
import { claimSelectorsSchema } from './selectors';
import { relationSchema, reasonSchema } from './stance';
import { sourceKindSchema } from './source-kind';
import { claimStatuses, type ClaimStatus } from './claim-status';

/** An attributed claim found on the page being read, with where it sits. */
export const pageClaimSchema = z.object({
  id: z.string().min(1),
  attribution: attributionSchema,
  /** Anchors the claim's content span in the page's article text. */
  selectors: claimSelectorsSchema,
});
export type PageClaim = z.infer<typeof pageClaimSchema>;

/** One other source's version of the same thing, and how it relates to the page's claim. */
export const claimMatchSchema = z.object({
  /** A known claim's id, or `page:<claim id>` for another claim on the same page. */
  otherId: z.string(),
  text: z.string(),
  speaker: z.string(),
  speakerKind: sourceKindSchema,
  outlet: z.string(),
  url: z.string(),
  publishedAt: z.string().nullable(),
  incidentTitle: z.string().nullable(),
  relation: relationSchema,
  score: z.number(),
  reasons: z.array(reasonSchema),
  /** True when a person set this relation by hand. */
  corrected: z.boolean(),
});
export type ClaimMatch = z.infer<typeof claimMatchSchema>;

export { claimStatuses, type ClaimStatus };
export const claimStatusSchema = z.enum(claimStatuses);

/** A page claim with everything the card and popup show about it. */
export const claimReportSchema = z.object({
  claim: pageClaimSchema,
  status: claimStatusSchema,
  matches: z.array(claimMatchSchema),
});
export type ClaimReport = z.infer<typeof claimReportSchema>;
