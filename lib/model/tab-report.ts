import { z } from 'zod';
import { pageInfoSchema } from './page';
import { claimReportSchema } from './page-claim';

/** Everything known about one tab's page: kept in session storage so a restarted worker loses nothing. */
export const tabReportSchema = z.object({
  page: pageInfoSchema,
  /** False when the page has no article body to read (a home page, a search page). */
  articleFound: z.boolean(),
  reports: z.array(claimReportSchema),
  /** The incident most of the page's matched claims belong to, offered first when saving. */
  suggestedIncidentId: z.string().nullable(),
  analyzedAt: z.number(),
});
export type TabReport = z.infer<typeof tabReportSchema>;
