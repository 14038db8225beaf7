import type { ExtractDocument } from './document';

const callForms = new Set(['call', 'calls', 'called', 'calling']);
// What one calls into being rather than says: "called an emergency meeting", "called a strike".
const convened = new Set([
  'meeting', 'meetings', 'vote', 'votes', 'election', 'elections', 'strike', 'strikes', 'halt', 'truce', 'ceasefire',
  'cease-fire', 'conference', 'referendum', 'session', 'summit', 'recess', 'timeout', 'time-out', 'hearing', 'hearings',
  'rally', 'protest', 'protests', 'curfew', 'shutdown', 'snap',
]);
// "called off the strike", "called up reservists", "called in the army": not speech either
// ("called out his rival" is: it criticises).
const particles = new Set(['off', 'up', 'in']);
const modifiers = /^(?:a|an|the|its|his|her|their|our|fresh|new|general|emergency|urgent|special|early|press|news|national|closed-door|rare|second|third|one-day|two-day|three-day)$/;

const verdictAfter = /^(?:a|an|["“'‘])$/;

/** True when a form of "call" in the cue `[first, last)` convenes or calls off rather than reports: "called an emergency meeting". */
export function isConveningCall(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (!callForms.has(doc.tokens[i].lower)) continue;
    if (particles.has(doc.tokens[i + 1]?.lower ?? '')) return true;
    for (let j = i + 1; j < Math.min(doc.tokens.length, i + 5); j++) {
      const word = doc.tokens[j].lower;
      // "called the vote a sham", "called the strike “illegal”": a verdict on it, so speech.
      if (convened.has(word)) return !verdictAfter.test(doc.tokens[j + 1]?.lower ?? '');
      if (!modifiers.test(word)) break;
    }
  }
  return false;
}
