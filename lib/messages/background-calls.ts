import { z } from 'zod';
import { pageInfoSchema } from '../model/page';
import { claimReportSchema } from '../model/page-claim';
import { tabReportSchema } from '../model/tab-report';
import { incidentSchema } from '../model/incident';
import { relationSchema } from '../model/stance';

/** Who may send a call: the content script of a tab, or one of the extension's own pages. */
export type CallerKind = 'content' | 'extension-page';

const tabIdSchema = z.number().int().nonnegative();

/** Longest article text accepted for analysis, about 300,000 words; the content script cuts longer text. */
export const maxArticleChars = 2_000_000;

export const exportFormats = ['jsonld', 'csv', 'claimreview'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const saveTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), incidentId: z.string().min(1) }),
  z.object({ kind: z.literal('new'), title: z.string().trim().min(1).max(300) }),
]);
export type SaveTarget = z.infer<typeof saveTargetSchema>;

const correctionRequestSchema = z.object({
  claimId: z.string().min(1),
  otherId: z.string().min(1),
  relation: relationSchema,
});

/**
 * The calls the background answers, one entry per message type: who may call
 * it, what it takes and what it returns. Both sides validate against these.
 */
export const backgroundCalls = {
  /**
   * The content script hands over the article text it found; the background
   * finds the claims (off the page's main thread), matches them and keeps the
   * tab's report.
   */
  analyzePage: {
    caller: 'content',
    request: z.object({ page: pageInfoSchema, articleFound: z.boolean(), text: z.string().max(maxArticleChars) }),
    response: z.object({ reports: z.array(claimReportSchema) }),
  },
  getTabReport: {
    caller: 'extension-page',
    request: z.object({ tabId: tabIdSchema }),
    response: tabReportSchema.nullable(),
  },
  listIncidents: {
    caller: 'extension-page',
    request: z.object({}),
    response: z.array(incidentSchema),
  },
  saveClaims: {
    caller: 'extension-page',
    request: z.object({ tabId: tabIdSchema, target: saveTargetSchema }),
    response: z.object({ incidentId: z.string(), added: z.number(), unchanged: z.number() }),
  },
  /** Takes the tab's page back out of the database: its saved claims and annotations. */
  forgetPage: {
    caller: 'extension-page',
    request: z.object({ tabId: tabIdSchema }),
    response: z.object({ removed: z.number() }),
  },
  correctMatch: {
    caller: 'extension-page',
    request: correctionRequestSchema.extend({ tabId: tabIdSchema }),
    response: tabReportSchema,
  },
  /** The same correction made from the claim card on the page: the tab is the sender's. */
  correctMatchOnPage: {
    caller: 'content',
    request: correctionRequestSchema,
    response: tabReportSchema,
  },
  exportAnnotations: {
    caller: 'extension-page',
    /** `newsroom` signs a ClaimReview export; without it the review says the name is not set. */
    request: z.object({ tabId: tabIdSchema, format: exportFormatSchema, newsroom: z.string().max(200).optional() }),
    response: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
  importFile: {
    caller: 'extension-page',
    request: z.object({ filename: z.string(), text: z.string().max(50_000_000) }),
    response: z.object({
      kind: z.enum(['dataset', 'annotations']),
      incidents: z.number(),
      sources: z.number(),
      claims: z.number(),
    }),
  },
} as const satisfies Record<string, { caller: CallerKind; request: z.ZodType; response: z.ZodType }>;

export type BackgroundCalls = typeof backgroundCalls;
export type BackgroundCallName = keyof BackgroundCalls;
export type CallRequest<N extends BackgroundCallName> = z.infer<BackgroundCalls[N]['request']>;
export type CallResponse<N extends BackgroundCallName> = z.infer<BackgroundCalls[N]['response']>;
