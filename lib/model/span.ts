import { z } from 'zod';

/** A stretch of a text: `text === whole.slice(start, end)` (JavaScript string indices). */
export const spanSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: 'span ends before it starts' });

export type Span = z.infer<typeof spanSchema>;
