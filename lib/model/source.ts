import { z } from 'zod';
import { sourceKindSchema } from './source-kind';

/** A party whose words are reported: a ministry, a monitor, a news agency, a witness. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: sourceKindSchema,
});
export type Source = z.infer<typeof sourceSchema>;
