import { z } from 'zod';

/** W3C Web Annotation TextQuoteSelector. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the article text. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'position selector is empty' });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Where a claim sits in a page: both selectors, so it re-anchors after small edits. */
export const claimSelectorsSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});
export type ClaimSelectors = z.infer<typeof claimSelectorsSchema>;
