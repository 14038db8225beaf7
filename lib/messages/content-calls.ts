import { z } from 'zod';
import { claimReportSchema } from '../model/page-claim';

/** The calls a tab's content script answers, sent by the popup, side panel or background. */
export const contentCalls = {
  revealClaim: {
    request: z.object({ claimId: z.string().min(1) }),
    response: z.object({ found: z.boolean() }),
  },
  showReports: {
    request: z.object({ reports: z.array(claimReportSchema) }),
    response: z.object({ shown: z.number() }),
  },
  reanalyzePage: {
    request: z.object({}),
    response: z.object({ claims: z.number() }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type ContentCalls = typeof contentCalls;
export type ContentCallName = keyof ContentCalls;
