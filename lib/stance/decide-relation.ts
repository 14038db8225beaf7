import type { Reason, Relation } from '../model/stance';
import type { Finding } from './finding';
import type { SentenceFindings } from './rules';

/** What the relation is decided from: the rules' findings, the model's opinion, and the evidence's shape. */
export interface Verdict {
  found: SentenceFindings[];
  opinion: Record<Relation, number>;
  /** Similarity of the evidence sentence closest to the claim. */
  best: number;
  /** True for an article rather than a sentence or two. */
  long: boolean;
}

type Decision = [Relation, number] | null;

const decisiveKinds = new Set<Reason['kind']>(['negation', 'number', 'identity', 'actor', 'event']);
const groundedKinds = new Set<Reason['kind']>(['negation', 'number', 'identity']);
// Texts sharing almost no weighted words are about different things, whatever the model says.
const minRelatedSimilarity = 0.05;
const minLongSimilarity = 0.25;
const minLongRefutation = 0.2;
const minLongAgreement = 0.25;
const minClashSimilarity = 0.4;
const minShortAgreement = 0.5;
const minShortSupportSimilarity = 0.15;

const someFinding = (verdict: Verdict, test: (entry: SentenceFindings, found: Finding) => boolean) =>
  verdict.found.some((entry) => entry.findings.some((found) => test(entry, found)));

function modelRelation(opinion: Record<Relation, number>): Relation {
  return (Object.keys(opinion) as Relation[]).reduce((a, b) => (opinion[b] > opinion[a] ? b : a));
}

// Short claims about one incident can share few words yet clash on a toll or a victim.
function unrelatedStep({ found, opinion, best, long }: Verdict): Decision {
  const grounded = !long && found.some((entry) => entry.findings.some((f) => f.effect !== 'inform' && groundedKinds.has(f.reason.kind)));
  if (grounded || !(best < minRelatedSimilarity || (opinion.unrelated > 0.85 && best < 0.15))) return null;
  return ['unrelated', Math.max(opinion.unrelated, 1 - best)];
}

// A conflict decides only where the evidence asserts it in its own voice, in a
// sentence close to the claim. A long article states and denies side issues in
// passing, so there a denial also needs the model to see some refutation.
function isDecisive(found: Finding, entry: SentenceFindings, { opinion, best, long }: Verdict): boolean {
  if (found.effect !== 'conflict' || entry.reportedBy !== null) return false;
  if (long && entry.sentence.similarity < minLongSimilarity) return false;
  if (long && found.reason.kind !== 'number' && found.reason.kind !== 'identity' && opinion.contradicts < minLongRefutation) return false;
  return decisiveKinds.has(found.reason.kind) || best >= 0.4;
}

function conflictStep(verdict: Verdict): Decision {
  const conflicts = verdict.found.flatMap((entry) => entry.findings.filter((f) => isDecisive(f, entry, verdict))).length;
  return conflicts > 0 ? ['contradicts', Math.min(0.95, 0.55 + 0.1 * conflicts + 0.3 * verdict.opinion.contradicts)] : null;
}

// A clash inside someone's reported words is that source's version: the evidence
// discusses it. In a long article nearly everything is attributed; there the
// model, which learnt how reports read, judges the attribution instead.
function reportedStep(verdict: Verdict): Decision {
  if (verdict.long || modelRelation(verdict.opinion) === 'unrelated') return null;
  const reported = someFinding(verdict, (entry, f) => entry.reportedBy !== null && f.effect === 'conflict' && decisiveKinds.has(f.reason.kind));
  return reported ? ['discusses', Math.max(0.5, verdict.opinion.discusses)] : null;
}

// Two short claims that share one fact ("a civilian died") but hardly a word tell different stories
// about it; sharing two ("two killed", "civilians") they tell the same one in other words.
function supportStep({ found, opinion, best, long }: Verdict): Decision {
  const supported = found.filter((entry) => entry.findings.some((f) => f.effect === 'support' && decisiveKinds.has(f.reason.kind)));
  const model = modelRelation(opinion);
  if (supported.length === 0 || (long && opinion.agrees < minLongAgreement) || model === 'unrelated' || model === 'contradicts') return null;
  const kinds = new Set(supported.flatMap((entry) => entry.findings.filter((f) => f.effect === 'support' && decisiveKinds.has(f.reason.kind)).map((f) => f.reason.kind)));
  if (!long && best < minShortSupportSimilarity && kinds.size < 2) return ['discusses', Math.max(0.5, opinion.discusses)];
  if (supported.some((entry) => entry.reportedBy === null)) return ['agrees', Math.max(0.55, opinion.agrees)];
  return long ? null : ['discusses', Math.max(0.5, opinion.discusses)];
}

// The model may hear agreement where the rules saw a clash they could not settle,
// and, having learnt from whole articles, hears it in a short text's shared topic alone.
function modelStep(verdict: Verdict): [Relation, number] {
  const { opinion, best, long } = verdict;
  const relation = modelRelation(opinion);
  const clash = someFinding(verdict, (entry, f) =>
    f.effect === 'conflict' && decisiveKinds.has(f.reason.kind) &&
    (!long || (entry.sentence.similarity >= minClashSimilarity && (!f.loose || opinion.contradicts >= minLongRefutation))));
  if (relation === 'agrees' && (clash || (!long && best < minShortAgreement))) return ['discusses', Math.max(opinion.discusses, 0.4)];
  return [relation, opinion[relation]];
}

/**
 * The relation and its confidence: unrelated when the texts share no topic,
 * contradicts on a decisive conflict, discusses when the clash is only reported,
 * agrees on asserted support, and otherwise the model's call, tempered.
 */
export function decideRelation(verdict: Verdict): [Relation, number] {
  return unrelatedStep(verdict) ?? conflictStep(verdict) ?? reportedStep(verdict) ?? supportStep(verdict) ?? modelStep(verdict);
}
