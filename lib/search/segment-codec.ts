import { ByteReader, ByteWriter } from './byte-codec';
import type { Segment } from './segment';
import { Vocabulary } from './vocabulary';

const magic = 'crosscheck-search-segment';
const formatVersion = 1;

/**
 * Encodes a segment as bytes: ids and counts as varints, doc ordinals in each
 * posting list as gaps. Nothing is re-tokenised on load.
 */
export function encodeSegment(segment: Segment): Uint8Array {
  const writer = new ByteWriter();
  writer.string(magic);
  writer.uint(formatVersion);
  writer.uint(segment.id);
  writer.uints(segment.vocabulary.units);
  writer.ascending(segment.vocabulary.starts);
  writer.ascending(segment.termStarts);
  for (let id = 0; id < segment.vocabulary.size; id += 1) {
    let previous = 0;
    for (let posting = segment.termStarts[id]; posting < segment.termStarts[id + 1]; posting += 1) {
      writer.uint(segment.postingDocs[posting] - previous);
      previous = segment.postingDocs[posting];
    }
  }
  writer.bytes(segment.postingFrequencies);
  writer.uint(segment.docIds.length);
  for (const docId of segment.docIds) writer.string(docId);
  writer.uints(segment.textLengths);
  writer.uints(segment.titleLengths);
  writer.bytes(segment.forward);
  writer.ascending(segment.forwardStarts);
  return writer.finish();
}

function readPostings(reader: ByteReader, termStarts: Uint32Array): Uint32Array {
  const docs = new Uint32Array(reader.available(termStarts[termStarts.length - 1] ?? 0));
  for (let id = 0; id + 1 < termStarts.length; id += 1) {
    let previous = 0;
    for (let posting = termStarts[id]; posting < termStarts[id + 1]; posting += 1) {
      const gap = reader.uint();
      if (gap === 0 && posting > termStarts[id]) throw new Error('search index segment repeats a posting');
      previous += gap;
      docs[posting] = previous;
    }
  }
  return docs;
}

/** Every stored term sequence must decode to valid term ids, as many as the field lengths say. */
function forwardIsValid(segment: Segment): boolean {
  const reader = new ByteReader(segment.forward);
  for (let ordinal = 0; ordinal < segment.docIds.length; ordinal += 1) {
    const expected = segment.textLengths[ordinal] + segment.titleLengths[ordinal];
    for (let count = 0; count < expected; count += 1) if (reader.uint() >= segment.vocabulary.size) return false;
    if (reader.offset !== segment.forwardStarts[ordinal + 1]) return false;
  }
  return true;
}

function checkShape(segment: Segment): void {
  const docCount = segment.docIds.length;
  const consistent =
    segment.vocabulary.starts.length === segment.vocabulary.size + 1 &&
    segment.vocabulary.starts[segment.vocabulary.size] === segment.vocabulary.units.length &&
    segment.termStarts.length === segment.vocabulary.size + 1 &&
    segment.postingFrequencies.length === segment.postingDocs.length &&
    segment.textLengths.length === docCount &&
    segment.titleLengths.length === docCount &&
    segment.forwardStarts.length === docCount + 1 &&
    segment.forwardStarts[docCount] === segment.forward.length &&
    [segment.vocabulary.starts[0], segment.termStarts[0], segment.forwardStarts[0]].every((start) => start === 0) &&
    segment.postingDocs.every((ordinal) => ordinal < docCount);
  if (!consistent || !forwardIsValid(segment)) throw new Error('search index segment is inconsistent');
}

/** Decodes what encodeSegment wrote; throws an Error naming the problem on foreign or damaged bytes. */
export function decodeSegment(bytes: Uint8Array): Segment {
  const reader = new ByteReader(bytes);
  if (reader.string() !== magic) throw new Error('not a search index segment');
  if (reader.uint() !== formatVersion) throw new Error('search index segment has an unknown format version');
  const id = reader.uint();
  const vocabulary = new Vocabulary(reader.uints((n) => new Uint16Array(n)), reader.ascending((n) => new Uint32Array(n)));
  const termStarts = reader.ascending((n) => new Uint32Array(n));
  const postingDocs = readPostings(reader, termStarts);
  const postingFrequencies = reader.bytes();
  const docIds = Array.from({ length: reader.count() }, () => reader.string());
  const textLengths = reader.uints((n) => new Uint16Array(n));
  const titleLengths = reader.uints((n) => new Uint16Array(n));
  const forward = reader.bytes();
  const forwardStarts = reader.ascending((n) => new Uint32Array(n));
  const segment = { id, vocabulary, termStarts, postingDocs, postingFrequencies, docIds, textLengths, titleLengths, forward, forwardStarts };
  checkShape(segment);
  return segment;
}
