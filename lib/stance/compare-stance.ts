import { readFacts } from '../facts';
import type { Reason, Relation, Stance } from '../model/stance';
import { predictProbabilities } from './boosted-trees';
import { prepareEvidence, relevantSentences, type PreparedEvidence, type RankedSentence } from './evidence';
import { modelInput, prepareClaim, topSentences } from './features';
import type { Finding } from './finding';
import { refutingWords } from './cue-words';
import { allWords } from './words';
import { shippedModel, type StanceModel } from './model';
import { findRules, ruleSentences, type SentenceFindings } from './rules';

/** How to compare. */
export interface StanceOptions {
  /** The claim's publication date (YYYY-MM-DD), for the dates it gives. */
  claimDate?: string | null;
  /** The evidence's publication date (YYYY-MM-DD). */
  evidenceDate?: string | null;
  /** The model to use; the shipped one by default. */
  model?: StanceModel;
}

/** Longest claim read; a claim is a sentence or two. */
export const maxClaimLength = 2_000;
const relationOfClass: Record<string, Relation> = { agree: 'agrees', disagree: 'contradicts', discuss: 'discusses', unrelated: 'unrelated' };
const decisiveKinds = new Set<Reason['kind']>(['negation', 'number', 'identity', 'actor', 'event']);
const groundedKinds = new Set<Reason['kind']>(['negation', 'number', 'identity']);
const maxReasons = 6;
const minLongSimilarity = 0.25;
const minLongRefutation = 0.2;
const minLongAgreement = 0.25;
const minClashSimilarity = 0.4;

function modelOpinion(model: StanceModel, features: number[], best: RankedSentence | undefined): Record<Relation, number> {
  if (!model.ensemble) {
    const similarity = best?.similarity ?? 0;
    return { agrees: 0, contradicts: 0, discusses: similarity, unrelated: 1 - similarity };
  }
  const probabilities = predictProbabilities(model.ensemble, features);
  const opinion = { agrees: 0, contradicts: 0, discusses: 0, unrelated: 0 };
  model.ensemble.classes.forEach((name, index) => (opinion[relationOfClass[name] ?? 'unrelated'] += probabilities[index]));
  return opinion;
}

// A conflict decides only where the evidence asserts it in its own voice, in a
// sentence close to the claim. A long article states and denies side issues in
// passing, so there a denial also needs the model to see some refutation.
function isDecisive(found: Finding, entry: SentenceFindings, opinion: Record<Relation, number>, best: number, long: boolean): boolean {
  if (found.effect !== 'conflict' || entry.reportedBy !== null) return false;
  if (long && entry.sentence.similarity < minLongSimilarity) return false;
  if (long && found.reason.kind !== 'number' && found.reason.kind !== 'identity' && opinion.contradicts < minLongRefutation) return false;
  return decisiveKinds.has(found.reason.kind) || best >= 0.4;
}

function similarityReason(claim: string, best: RankedSentence | undefined): Reason {
  const similarity = best?.similarity ?? 0;
  return {
    kind: 'similarity',
    claimSide: claim.slice(0, 300),
    evidenceSide: best?.text.slice(0, 300) ?? '',
    note: `closest evidence sentence; topic similarity ${similarity.toFixed(2)}`,
  };
}

function reportReasons(claim: string, found: SentenceFindings[]): Reason[] {
  const reported = found.find((entry) => entry.reportedBy !== null);
  if (!reported) return [];
  const note = `the evidence reports the words of ${reported.reportedBy} rather than asserting them`;
  return [{ kind: 'hedge', claimSide: claim.slice(0, 300), evidenceSide: reported.sentence.text.slice(0, 300), note }];
}

// The model may call a contradiction the rules did not see; it stands only if a
// sentence close to the claim uses refuting words a person can check.
function refutingReason(claim: string, sentences: RankedSentence[]): Reason | null {
  for (const sentence of sentences.slice(0, 5)) {
    const words = allWords(sentence.text).filter((word) => refutingWords.has(word));
    if (words.length > 0 && sentence.similarity > 0.05) {
      const note = `the evidence refutes it in words close to the claim: ${[...new Set(words)].join(', ')}`;
      return { kind: 'negation', claimSide: claim.slice(0, 300), evidenceSide: sentence.text.slice(0, 300), note };
    }
  }
  return null;
}

function decide(found: SentenceFindings[], opinion: Record<Relation, number>, best: number, long: boolean): [Relation, number] {
  const modelRelation = (Object.keys(opinion) as Relation[]).reduce((a, b) => (opinion[b] > opinion[a] ? b : a));
  // Short claims about one incident can share few words yet clash on a toll or a victim.
  const grounded = !long && found.some((entry) => entry.findings.some((f) => f.effect !== 'inform' && groundedKinds.has(f.reason.kind)));
  if (opinion.unrelated > 0.85 && best < 0.15 && !grounded) return ['unrelated', opinion.unrelated];
  const conflicts = found.flatMap((entry) => entry.findings.filter((f) => isDecisive(f, entry, opinion, best, long))).length;
  if (conflicts > 0) return ['contradicts', Math.min(0.95, 0.55 + 0.1 * conflicts + 0.3 * opinion.contradicts)];
  const reportedConflict = found.some((entry) => entry.reportedBy !== null && entry.findings.some((f) => f.effect === 'conflict' && decisiveKinds.has(f.reason.kind)));
  // In a long article nearly everything is attributed; there the model, which learnt
  // how reports read, judges the attribution rather than this rule.
  if (reportedConflict && !long && modelRelation !== 'unrelated') return ['discusses', Math.max(0.5, opinion.discusses)];
  const supported = found.filter((entry) => entry.findings.some((f) => f.effect === 'support' && decisiveKinds.has(f.reason.kind)));
  const convinced = !long || opinion.agrees >= minLongAgreement;
  if (supported.length > 0 && convinced && modelRelation !== 'unrelated' && modelRelation !== 'contradicts') {
    const asserted = supported.some((entry) => entry.reportedBy === null);
    if (asserted) return ['agrees', Math.max(0.55, opinion.agrees)];
    if (!long) return ['discusses', Math.max(0.5, opinion.discusses)];
  }
  // The model may hear agreement where the rules saw a clash they could not settle: never agree over it.
  const clash = found.some((entry) => (!long || entry.sentence.similarity >= minClashSimilarity) && entry.findings.some((f) => f.effect === 'conflict' && decisiveKinds.has(f.reason.kind)));
  if (modelRelation === 'agrees' && clash) {
    return ['discusses', Math.max(opinion.discusses, 0.4)];
  }
  return [modelRelation, opinion[modelRelation]];
}

function reasonsFor(relation: Relation, found: SentenceFindings[], claim: string, top: RankedSentence | undefined): Reason[] {
  const all = found.flatMap((entry) => entry.findings);
  const order: Finding['effect'][] = relation === 'contradicts' ? ['conflict', 'support', 'inform'] : ['support', 'inform', 'conflict'];
  const ranked = order.flatMap((effect) => all.filter((entry) => entry.effect === effect)).map((entry) => entry.reason);
  const unique = [...new Map(ranked.map((reason) => [JSON.stringify(reason), reason])).values()];
  return [...unique.slice(0, maxReasons), ...reportReasons(claim, found), similarityReason(claim, top)];
}

/**
 * The stance of a prepared evidence text towards a claim: the rules (denials,
 * tolls, identities, actors, means, dates, places) decide where they find a
 * conflict or support; the trained model decides where they are silent.
 */
export function comparePrepared(claimText: string, evidence: PreparedEvidence, options: StanceOptions = {}): Stance {
  const model = options.model ?? shippedModel;
  const text = claimText.slice(0, maxClaimLength);
  const claim = prepareClaim(text, model.idf);
  if (claim.words.length === 0 || evidence.words.length === 0) {
    return { relation: 'unrelated', score: 1, reasons: [similarityReason(text, undefined)] };
  }
  const top = topSentences(claim, evidence);
  const opinion = modelOpinion(model, modelInput(claim, evidence, model), top[0]);
  const claimFacts = readFacts(text, { reference: options.claimDate ?? null });
  const sentences = ruleSentences(claimFacts, evidence, relevantSentences(claim.vector, evidence, 40));
  const found = findRules(text, claimFacts, evidence, sentences);
  let [relation, score] = decide(found, opinion, top[0]?.similarity ?? 0, evidence.sentences.length > 3);
  const reasons = reasonsFor(relation, found, text, top[0]);
  if (relation === 'contradicts' && !found.some((entry) => entry.findings.some((f) => f.effect === 'conflict'))) {
    const refuting = refutingReason(text, relevantSentences(claim.vector, evidence, 5));
    if (refuting) reasons.unshift(refuting);
    else [relation, score] = opinion.agrees > opinion.discusses ? ['agrees', opinion.agrees] : ['discusses', opinion.discusses];
  }
  return { relation, score: Number(Math.min(1, Math.max(0, score)).toFixed(3)), reasons };
}

/**
 * The stance of `evidence` (a sentence or a whole article) towards `claim`:
 * agrees, contradicts, discusses or unrelated, with reasons quoting both sides.
 * Every "contradicts" carries at least one reason naming the words in conflict.
 */
export function compareStance(claim: string, evidence: string, options: StanceOptions = {}): Stance {
  const model = options.model ?? shippedModel;
  return comparePrepared(claim, prepareEvidence(evidence, model.idf, options.evidenceDate ?? null), options);
}
