import { z } from 'zod';
import { incidentSchema } from './incident';
import { sourceSchema } from './source';
import { knownClaimSchema } from './known-claim';

/**
 * A bundle of incidents, sources and known claims: the bundled demo set and the
 * files a newsroom imports share this shape. Facts are not stored in the file;
 * they are read from each claim's words when it is loaded.
 */
export const datasetSchema = z.object({
  format: z.literal('crosscheck-dataset'),
  version: z.literal(1),
  incidents: z.array(incidentSchema),
  sources: z.array(sourceSchema),
  claims: z.array(knownClaimSchema.omit({ origin: true })),
});
export type Dataset = z.infer<typeof datasetSchema>;
