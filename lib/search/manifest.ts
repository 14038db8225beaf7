import { z } from 'zod';

/**
 * The small record that ties stored segments into one index: which segments
 * are live, in order, which of their documents are deleted, and the frozen
 * average document length every segment scores with.
 */
export const indexManifestSchema = z.object({
  version: z.literal(1),
  averageLength: z.number().nonnegative(),
  nextSegmentId: z.number().int().nonnegative(),
  segments: z.array(
    z.object({
      id: z.number().int().nonnegative(),
      /** Ordinals of deleted documents in this segment, ascending. */
      deleted: z.array(z.number().int().nonnegative()),
    }),
  ),
});
export type IndexManifest = z.infer<typeof indexManifestSchema>;

/** One stored segment: its id (never reused) and its bytes (never rewritten). */
export interface SegmentRecord {
  id: number;
  bytes: Uint8Array;
}
