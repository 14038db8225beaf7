import { z } from 'zod';

/**
 * The small record that ties stored segments into one index: which segments
 * are live, in order, which of their documents are deleted, and the frozen
 * average document length every segment scores with.
 */
/**
 * Bumped whenever the segments' bytes or the text analysis that made their
 * terms change: 2 keeps a tweet trailer's month and "McCain" whole. An older
 * manifest fails to load, so the background rebuilds the index from its claims.
 */
export const manifestVersion = 2;

export const indexManifestSchema = z.object({
  version: z.literal(manifestVersion),
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
