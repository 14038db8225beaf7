import { invisibleClass, spaceClass, spaceClassButPlainSpace } from './whitespace';

/**
 * Where a stretch of the article text came from: article characters
 * [start, start + length) are characters of `node.data`. The mapping is kept as
 * runs rather than one number per character, because a text node usually maps
 * one to one except where whitespace collapsed or an invisible character was
 * dropped. Collapsed whitespace maps to the first space of its run.
 */
export interface TextSegment {
  node: Text;
  start: number;
  length: number;
  /**
   * Flat pairs [article offset, node offset], article offsets rising: from each
   * pair on, characters map one to one until the next pair or the segment's end.
   */
  runs: number[];
}

/** The normalised text of one block and the segments that map it back to the DOM. */
export interface NormalisedBlock {
  text: string;
  segments: TextSegment[];
}

/**
 * A gap where collapsing changes the text: a run of two or more whitespace or
 * invisible characters, or a single one that is not a plain space. A plain space
 * between two words stays as it is, so an ordinary text node maps as one run.
 */
const irregularGap = new RegExp(`[${spaceClass}${invisibleClass}]{2,}|[${spaceClassButPlainSpace}${invisibleClass}]`, 'g');
const anySpace = new RegExp(`[${spaceClass}]`);

/** The space a collapsed gap stands for, not yet written: it is dropped if no visible text follows. */
interface PendingSpace {
  /** Null for a line break, which maps to no character of the page. */
  node: Text | null;
  offset: number;
}

/**
 * Joins a block's text nodes as a reader sees them, in native string scans rather
 * than a loop per character (the page's first call runs before the JIT warms up).
 */
class BlockNormaliser {
  readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  private pending: PendingSpace | null = null;
  private current: TextSegment | null = null;
  private currentNode: Text | null = null;

  constructor(private readonly base: number) {}

  lineBreak(): void {
    if (this.length > 0 && !this.pending) this.pending = { node: null, offset: 0 };
  }

  addNode(node: Text): void {
    this.current = null;
    this.currentNode = node;
    const data = node.data;
    irregularGap.lastIndex = 0;
    let from = 0;
    for (let gap = irregularGap.exec(data); gap; gap = irregularGap.exec(data)) {
      this.addStretch(node, data, from, gap.index);
      this.addGap(node, gap.index, gap[0]);
      from = gap.index + gap[0].length;
    }
    this.addStretch(node, data, from, data.length);
  }

  /** Node characters [from, to) between irregular gaps: words and plain spaces, a space at either end being a gap. */
  private addStretch(node: Text, data: string, from: number, to: number): void {
    if (from < to && data.charCodeAt(from) === 32) this.addGap(node, from++, ' ');
    const trailingSpace = to > from && data.charCodeAt(to - 1) === 32;
    if (trailingSpace) to -= 1;
    if (to > from) this.addVisible(node, data, from, to);
    if (trailingSpace) this.addGap(node, to, ' ');
  }

  /** Notes the space a gap collapses to, unless the text has not begun or a space is already pending. */
  private addGap(node: Text, at: number, gap: string): void {
    if (this.length === 0 || this.pending) return;
    const space = gap === ' ' ? 0 : gap.search(anySpace);
    if (space !== -1) this.pending = { node, offset: at + space };
  }

  /** Writes node characters [from, to), which start and end visible, after any pending space. */
  private addVisible(node: Text, data: string, from: number, to: number): void {
    if (this.pending) this.writePendingSpace(this.pending);
    this.current ??= this.openSegment(node);
    extendRuns(this.current, this.base + this.length, from, to - from);
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
  }

  /**
   * Maps the space to its run's first character. A run that began in an earlier,
   * all-space node gives that node a segment of its own, placed before the current one.
   */
  private writePendingSpace(pending: PendingSpace): void {
    this.pending = null;
    const owner = pending.node;
    if (owner) {
      const last = this.segments.at(-1);
      const segment = last && last.node === owner ? last : this.openSegment(owner);
      if (owner === this.currentNode) this.current = segment;
      extendRuns(segment, this.base + this.length, pending.offset, 1);
    }
    this.parts.push(' ');
    this.length += 1;
  }

  private openSegment(node: Text): TextSegment {
    const segment: TextSegment = { node, start: this.base + this.length, length: 0, runs: [] };
    this.segments.push(segment);
    return segment;
  }
}

/** Appends `count` characters mapped one to one from `nodeOffset`, merging with the last run when contiguous. */
function extendRuns(segment: TextSegment, articleOffset: number, nodeOffset: number, count: number): void {
  const runs = segment.runs;
  const lastStart = runs.length - 2;
  const follows = segment.start + segment.length === articleOffset;
  const contiguous = follows && lastStart >= 0 && runs[lastStart + 1] + (articleOffset - runs[lastStart]) === nodeOffset;
  if (!contiguous) runs.push(articleOffset, nodeOffset);
  segment.length += count;
}

/**
 * Joins a block's text nodes as a reader sees them: whitespace runs (and line
 * breaks, given as null) become one space, ends are trimmed, invisible
 * characters dropped. `base` is the block's offset in the whole article text.
 */
export function normaliseBlock(items: ReadonlyArray<Text | null>, base: number): NormalisedBlock {
  const normaliser = new BlockNormaliser(base);
  for (const node of items) {
    if (node) normaliser.addNode(node);
    else normaliser.lineBreak();
  }
  return { text: normaliser.parts.join(''), segments: normaliser.segments };
}

/** Index of the last run starting at or before `value` in slot `slot` (0: article offset, 1: node offset); -1 if none. */
function runAt(runs: number[], slot: 0 | 1, value: number): number {
  let low = 0;
  let high = (runs.length >> 1) - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (runs[2 * middle + slot] <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The offset in `segment.node.data` of article character `index`, which the segment must map. */
export function nodeOffsetOf(segment: TextSegment, index: number): number {
  const run = runAt(segment.runs, 0, index);
  return segment.runs[2 * run + 1] + (index - segment.runs[2 * run]);
}

/** How many of the segment's characters come from node offsets below `offset`. */
export function mappedBelow(segment: TextSegment, offset: number): number {
  const runs = segment.runs;
  const run = runAt(runs, 1, offset - 1);
  if (run === -1) return 0;
  const runEnd = run + 1 < runs.length >> 1 ? runs[2 * run + 2] : segment.start + segment.length;
  const inRun = Math.min(offset - runs[2 * run + 1], runEnd - runs[2 * run]);
  return runs[2 * run] - segment.start + inRun;
}
