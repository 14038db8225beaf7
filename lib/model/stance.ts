import { z } from 'zod';

export const relations = ['agrees', 'contradicts', 'discusses', 'unrelated'] as const;
export const relationSchema = z.enum(relations);
export type Relation = z.infer<typeof relationSchema>;

export const reasonKinds = [
  'negation',
  'number',
  'identity',
  'actor',
  'event',
  'hedge',
  'time',
  'place',
  'similarity',
] as const;
export const reasonKindSchema = z.enum(reasonKinds);
export type ReasonKind = z.infer<typeof reasonKindSchema>;

/** Why two texts relate as they do, quoting the words on each side so a person can check. */
export const reasonSchema = z.object({
  kind: reasonKindSchema,
  claimSide: z.string(),
  evidenceSide: z.string(),
  note: z.string(),
  /** For the closest-passage ("similarity") reason: the passage's topic similarity to the claim, 0..1. */
  similarity: z.number().min(0).max(1).optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

/** The stance of an evidence text towards a claim. `score` is the confidence in `relation`, 0..1. */
export const stanceSchema = z.object({
  relation: relationSchema,
  score: z.number().min(0).max(1),
  reasons: z.array(reasonSchema),
});
export type Stance = z.infer<typeof stanceSchema>;
