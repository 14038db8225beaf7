import { reportingVerbs } from './clause-parts';
import type { ExtractDocument } from './document';

// Verbs that report a violent act, never someone's words.
const acts = new Set([
  'killed', 'kills', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'shelled', 'shelling', 'bombed', 'bombing',
  'ambushed', 'detained', 'arrested', 'raided', 'stormed', 'looted', 'torched',
]);
const fireForms = new Set(['fire', 'fired', 'fires', 'firing']);
const attackForms = new Set(['attack', 'attacks', 'attacked', 'attacking']);
// Who or what attacks by force; "critics attacked the plan" is speech and stays a cue.
const armedSubjects = new Set([
  'helicopters', 'helicopter', 'jets', 'warplanes', 'aircraft', 'planes', 'drones', 'drone', 'gunmen', 'militants', 'soldiers',
  'troops', 'forces', 'fighters', 'rebels', 'militia', 'militias', 'police', 'guards', 'mob', 'insurgents', 'attackers', 'tanks',
]);
// What one fires in a clash ("fired warning shots", "fired at the crowd"), not whom one dismisses.
const firedThings = new Set([
  'shots', 'shot', 'rounds', 'warning', 'tear', 'rockets', 'rocket', 'missiles', 'missile', 'at', 'on', 'into', 'upon', 'live',
  'rubber', 'bullets', 'artillery', 'mortars', 'mortar', 'shells', 'volleys', 'indiscriminately', 'first',
]);

/**
 * True when the cue `[first, last)` holds a violent act and no reporting verb: "opened fire
 * on", "had fired warning shots", "killed", "helicopters attacked". In a clash report these are the events claims are
 * about; highlighting them as claims would credit the gunman with a statement.
 */
export function isViolentEvent(doc: ExtractDocument, first: number, last: number): boolean {
  // "claimed killing twenty": a cue the model drew over its claim still reports.
  for (let i = first; i < last; i++) if (reportingVerbs.has(doc.tokens[i].lower)) return false;
  for (let i = first; i < last; i++) {
    const word = doc.tokens[i].lower;
    if (acts.has(word)) return true;
    if (attackForms.has(word) && armedSubjects.has(doc.tokens[first - 1]?.lower ?? '')) return true;
    if (!fireForms.has(word)) continue;
    if (doc.tokens[i - 1]?.lower === 'opened' || firedThings.has(doc.tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}
