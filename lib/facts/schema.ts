import { z } from 'zod';

/** What a count counts: the toll's slot. Numbers only compare within one slot. */
export const tollSlots = [
  'killed',
  'wounded',
  'casualties',
  'detained',
  'missing',
  'displaced',
] as const;
export const tollSlotSchema = z.enum(tollSlots);
export type TollSlot = z.infer<typeof tollSlotSchema>;

/**
 * A count read from the text as an interval: "at least two killed" is
 * { min: 2, max: null }; "three to five wounded" is { min: 3, max: 5 }.
 * `max: null` means unbounded (plain JSON has no Infinity).
 */
export const tollSchema = z.object({
  slot: tollSlotSchema,
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable(),
  /** The words the count was read from, as written. */
  text: z.string(),
  /** Who was counted, as an identity or party key ("soldier", "civilian", "coalition"); null when unsaid. */
  who: z.string().nullable(),
});
export type Toll = z.infer<typeof tollSchema>;

/** A denial or negation and what it covers: "did not conduct an airstrike" covers "an airstrike". */
export const negationSchema = z.object({
  cue: z.string(),
  scope: z.string(),
  /** Event kinds named inside the scope (see `eventKinds`), so a denial can meet an assertion. */
  events: z.array(z.string()),
  text: z.string(),
});
export type Negation = z.infer<typeof negationSchema>;

/** Something named in the text, reduced to a canonical key, with the words that named it. */
export const mentionSchema = z.object({
  key: z.string(),
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** A party in the text; `agent` when the text says it did the act. */
export const actorSchema = mentionSchema.extend({
  agent: z.boolean(),
});
export type Actor = z.infer<typeof actorSchema>;

/** A date or period the text names, resolved to days when a reference date allows it. */
export const dateMentionSchema = z.object({
  text: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
});
export type DateMention = z.infer<typeof dateMentionSchema>;

/** Who is said to be speaking, when the text reports someone's words. */
export const reportSchema = z.object({
  speaker: z.string(),
  cue: z.string(),
});
export type Report = z.infer<typeof reportSchema>;

/**
 * The checkable facts read from one claim's words. Plain JSON, so it can be
 * stored in IndexedDB and validated again on read.
 */
export const claimFactsSchema = z.object({
  tolls: z.array(tollSchema),
  negations: z.array(negationSchema),
  /** Kinds of happening the text asserts or names: strike, shooting, clash, self-defence... */
  events: z.array(mentionSchema),
  actors: z.array(actorSchema),
  /** Who the victims were said to be: civilian, soldier, militia member... */
  victims: z.array(mentionSchema),
  /** Weapons and means: airstrike, helicopter, small-arms fire, stones... */
  means: z.array(mentionSchema),
  places: z.array(mentionSchema),
  dates: z.array(dateMentionSchema),
  hedges: z.array(z.string()),
  report: reportSchema.nullable(),
  /**
   * Proper names in the text (capitalised runs, as comparison keys), so an
   * incident's places and parties can be found even where no locative names them.
   * Optional so facts stored before this field existed validate unchanged.
   */
  names: z.array(z.string()).optional(),
  /** What a strike or an attack hit, by kind of place (see readTargets); optional for facts stored before it. */
  targets: z.array(mentionSchema).optional(),
});
export type ClaimFacts = z.infer<typeof claimFactsSchema>;
