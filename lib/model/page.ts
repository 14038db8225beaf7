import { z } from 'zod';
import { isoDateSchema } from './incident';

/** The page a claim was read from. */
export const pageInfoSchema = z.object({
  url: z.string().min(1),
  title: z.string(),
  publishedAt: isoDateSchema.nullable(),
  /** The outlet's own name for itself (og:site_name), when the page gives one. */
  siteName: z.string().nullable().optional(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;
