import type { Attribution } from './attribution';

// What may stand between a reporting clause and the quotation that goes on after it.
const clauseTail = /^[\s,.;:—–-]{0,6}/;

/**
 * The words a claim says, without the reporting clause it holds: a quotation split by its
 * speaker (`"The alarms did not sound," said Mira Loss, a deckhand. "We found out late."`) reads
 * `"The alarms did not sound," … "We found out late."`. The content's text unchanged when its
 * source lies outside it, as it mostly does.
 */
export function spokenWords(attribution: Attribution): string {
  const { content, cue, source } = attribution;
  const within = (span: { start: number; end: number }) => span.start > content.start && span.end < content.end;
  // Only a clause with its speaker is cut: a hedging adverb ("Four boats reportedly sank") is part of the claim.
  if (source === null || !within(source)) return content.text;
  const inside = within(cue) ? [cue, source] : [source];
  const from = Math.min(...inside.map((span) => span.start)) - content.start;
  const to = Math.max(...inside.map((span) => span.end)) - content.start;
  const before = content.text.slice(0, from).trimEnd();
  const rest = content.text.slice(to);
  const after = rest.slice(clauseTail.exec(rest)?.[0].length ?? 0);
  return after ? `${before} … ${after}` : before;
}
