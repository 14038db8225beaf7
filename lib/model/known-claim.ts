import { z } from 'zod';
import { isoDateSchema } from './incident';

/** Where a known claim came from into the database. */
export const claimOriginSchema = z.enum(['demo', 'import', 'saved']);

/**
 * A claim the newsroom already holds: a source's words about an incident, as
 * published by an outlet at a URL on a date.
 */
export const knownClaimSchema = z.object({
  id: z.string().min(1),
  incidentId: z.string().min(1),
  sourceId: z.string().min(1),
  text: z.string().min(1),
  outlet: z.string(),
  url: z.string(),
  publishedAt: isoDateSchema.nullable(),
  origin: claimOriginSchema,
});
export type KnownClaim = z.infer<typeof knownClaimSchema>;
