import { z } from 'zod';
import { spanSchema } from './span';
import { sourceKindSchema } from './source-kind';

/**
 * One attributed claim found in a text: who (source span and resolved speaker),
 * the cue that attributes ("said", "according to"), and what was said (content).
 * All offsets index the same text the extractor was given.
 */
export const attributionSchema = z.object({
  source: spanSchema.nullable(),
  cue: spanSchema,
  content: spanSchema,
  /** Canonical name of the speaker after resolving pronouns and aliases; null when unknown. */
  speaker: z.string().nullable(),
  speakerKind: sourceKindSchema,
  /** Words that weaken the claim as stated: "allegedly", "reportedly", "appeared to". */
  hedges: z.array(z.string()),
  /** A source the speaker cites: "citing local sources" gives "local sources". */
  via: z.string().nullable(),
});

export type Attribution = z.infer<typeof attributionSchema>;
