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
import { decideRelation } from './decide-relation';

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
const maxReasons = 6;

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

function similarityReason(claim: string, best: RankedSentence | undefined): Reason {
  const similarity = best?.similarity ?? 0;
  return {
    kind: 'similarity',
    claimSide: claim.slice(0, 300),
    evidenceSide: best?.text.slice(0, 300) ?? '',
    note: `closest evidence sentence; topic similarity ${similarity.toFixed(2)}`,
    similarity: Number(similarity.toFixed(3)),
  };
}

function reportReasons(claim: string, found: SentenceFindings[]): Reason[] {
  const reported = found.find((entry) => entry.reportedBy !== null);
  if (!reported) return [];
  const note = `the evidence reports the words of ${reported.reportedBy} rather than asserting them`;
  return [{ kind: 'hedge', claimSide: claim.slice(0, 300), evidenceSide: reported.sentence.text.slice(0, 300), note }];
}

// In a sentence or two the negation rules read plain negators with their scope;
// only an article's looser wording leaves them to the model.
const plainNegators = new Set(['no', 'not', 'never', "isn't", "wasn't", "didn't", "doesn't"]);

// The model may call a contradiction the rules did not see; it stands only if a
// sentence close to the claim uses refuting words a person can check.
function refutingReason(claim: string, sentences: RankedSentence[], long: boolean): Reason | null {
  for (const sentence of sentences.slice(0, 5)) {
    const words = allWords(sentence.text).filter((word) => refutingWords.has(word) && (long || !plainNegators.has(word)));
    if (words.length > 0 && sentence.similarity > 0.05) {
      const note = `the evidence refutes it in words close to the claim: ${[...new Set(words)].join(', ')}`;
      return { kind: 'negation', claimSide: claim.slice(0, 300), evidenceSide: sentence.text.slice(0, 300), note };
    }
  }
  return null;
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
  const found = findRules(text, claimFacts, evidence, sentences, options.claimDate ?? null);
  const long = evidence.sentences.length > 3;
  let [relation, score] = decideRelation({ found, opinion, best: top[0]?.similarity ?? 0, long });
  const reasons = reasonsFor(relation, found, text, top[0]);
  if (relation === 'contradicts' && !found.some((entry) => entry.findings.some((f) => f.effect === 'conflict'))) {
    const refuting = refutingReason(text, relevantSentences(claim.vector, evidence, 5), long);
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
