import { isSpaceCode } from './collect-blocks';

/**
 * Where a stretch of the article text came from: output characters
 * [start, start + offsets.length) are the characters at `offsets` in `node.data`.
 * Collapsed whitespace maps to the first space of its run.
 */
export interface TextSegment {
  node: Text;
  start: number;
  offsets: number[];
}

/** The normalised text of one block and the segments that map it back to the DOM. */
export interface NormalisedBlock {
  text: string;
  segments: TextSegment[];
}

/** Characters dropped outright: soft hyphen, zero-width space/joiners, word joiner. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/**
 * Joins a block's text nodes as a reader sees them: whitespace runs (and line
 * breaks, given as null) become one space, ends are trimmed, invisible
 * characters dropped. `base` is the block's offset in the whole article text.
 */
export function normaliseBlock(items: ReadonlyArray<Text | null>, base: number): NormalisedBlock {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingSpace: { segment: TextSegment | null; offset: number } | null = null;
  for (const node of items) {
    if (!node) {
      if (length > 0 && !pendingSpace) pendingSpace = { segment: null, offset: 0 };
      continue;
    }
    const segment: TextSegment = { node, start: base + length, offsets: [] };
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      if (isSpaceCode(code)) {
        if (length > 0 && !pendingSpace) pendingSpace = { segment, offset: i };
        continue;
      }
      if (pendingSpace) {
        emitSpace(pendingSpace, segment, segments, base + length);
        parts.push(' ');
        length += 1;
        pendingSpace = null;
        if (segment.offsets.length === 0) segment.start = base + length;
      }
      segment.offsets.push(i);
      parts.push(data[i]);
      length += 1;
    }
    if (segment.offsets.length > 0) segments.push(segment);
  }
  return { text: parts.join(''), segments };
}

/**
 * Maps the space that stands for a collapsed run to the run's first character.
 * A run that began in an earlier, all-space node gives that node a segment of
 * its own, placed before the current one.
 */
function emitSpace(
  pending: { segment: TextSegment | null; offset: number },
  current: TextSegment,
  segments: TextSegment[],
  index: number,
): void {
  const owner = pending.segment;
  if (!owner) return;
  if (owner !== current && owner.offsets.length === 0) {
    owner.start = index;
    segments.push(owner);
  }
  owner.offsets.push(pending.offset);
}
