import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { mappedBelow, nodeOffsetOf, normaliseBlock } from '../../lib/article/text-segments';

/** Text nodes with the given contents, as a page would hold them. */
function textNodes(...contents: string[]): Text[] {
  const { document } = parseHTML('<html><body></body></html>');
  return contents.map((content) => document.createTextNode(content) as unknown as Text);
}

describe('normaliseBlock', () => {
  it('maps an ordinary text node as one run, with no number per character', () => {
    const [node] = textNodes('The ministry said, once more, that it disagreed.');
    const { text, segments } = normaliseBlock([node], 10);
    expect(text).toBe(node.data);
    expect(segments).toEqual([{ node, start: 10, length: node.data.length, runs: [10, 0] }]);
  });

  it('starts a new run only where whitespace collapsed or an invisible character was dropped', () => {
    const [node] = textNodes('  Two \n\t kil\u00adled at  the gate. ');
    const { text, segments } = normaliseBlock([node], 0);
    expect(text).toBe('Two killed at the gate.');
    expect(segments[0].runs).toEqual([0, 2, 4, 9, 7, 13, 14, 21]);
    for (let index = 0; index < text.length; index++) {
      const source = node.data[nodeOffsetOf(segments[0], index)];
      expect(text[index] === ' ' ? /\s/.test(source) : source === text[index]).toBe(true);
    }
  });

  it('counts the characters mapped below each node offset', () => {
    const [node] = textNodes('  Two \n\t killed');
    const [segment] = normaliseBlock([node], 0).segments;
    const counts = Array.from({ length: node.data.length + 1 }, (_, offset) => mappedBelow(segment, offset));
    expect(counts).toEqual([0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives a space run in an all-space node a segment of its own, between its neighbours', () => {
    const [said, gap, no] = textNodes('said', '  ', 'no');
    const { text, segments } = normaliseBlock([said, gap, null, no], 0);
    expect(text).toBe('said no');
    expect(segments.map(({ node, start, length }) => [node.data, start, length])).toEqual([['said', 0, 4], ['  ', 4, 1], ['no', 5, 2]]);
  });
});
