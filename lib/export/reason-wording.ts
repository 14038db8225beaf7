import type { ClaimMatch } from '../model/page-claim';
import type { Reason, ReasonKind, Relation } from '../model/stance';

/** What kind of difference or likeness a reason points at, in a desk editor's words (the popup, card and exports share them). */
export const reasonKindNames: Readonly<Record<ReasonKind, string>> = {
  negation: 'Denial',
  number: 'Toll / number',
  identity: 'Identity',
  actor: 'Actor',
  event: 'Weapon / event',
  hedge: 'Hedge',
  time: 'Date',
  place: 'Place',
  // The other text's sentence nearest the claim in topic: not proof of the same wording.
  similarity: 'Closest passage',
};

/**
 * A reason's note as a person should read it: empty for the closest-passage reason, whose
 * note is only a topic-similarity figure (kept as a number by {@link topicSimilarity}).
 */
export function reasonNote(reason: Reason): string {
  return reason.kind === 'similarity' ? '' : reason.note;
}

/**
 * The reasons that say why, as one line: `Toll / number: "five killed" ↔ "eight killed" (different toll)`,
 * joined by semicolons; the closest-passage reason is left out (it names no difference or likeness).
 * Empty when no reason says why.
 */
export function readableReasons(reasons: readonly Reason[]): string {
  return reasons
    .filter((reason) => reason.kind !== 'similarity')
    .map((reason) => {
      const note = reasonNote(reason);
      return `${reasonKindNames[reason.kind]}: "${reason.claimSide}" ↔ "${reason.evidenceSide}"${note ? ` (${note})` : ''}`;
    })
    .join('; ');
}

/** The topic similarity (0..1) of the match's closest passage, or null when the match carries none. */
export function topicSimilarity(match: ClaimMatch): number | null {
  return match.reasons.find((reason) => reason.kind === 'similarity')?.similarity ?? null;
}

type Verdict = 'contradicts' | 'agrees';

// How one source's reason reads after its name: "Monitor gives a different toll ("eight" against "five")".
const because: Readonly<Record<Verdict, Partial<Record<ReasonKind, string>>>> = {
  contradicts: {
    negation: 'denies what the claim asserts',
    number: 'gives a different figure',
    identity: 'describes the victims differently',
    actor: 'names a different actor',
    event: 'tells of different means or targets',
    time: 'gives a different date',
    place: 'names a different place',
  },
  agrees: {
    negation: 'denies the same thing',
    number: 'gives the same figure',
    identity: 'describes the victims the same way',
    actor: 'names the same actor',
    event: 'tells of the same means or targets',
    time: 'gives the same date',
    place: 'names the same place',
  },
};

/**
 * Why a source agrees or contradicts, as a clause to follow its name: `gives a different
 * figure ("At least eight people" against "five people were killed")` or `gives the same
 * figure ("eight were killed", as in "eight people died")`, from its first reason
 * that names a difference or likeness; "tells it the same way" / "tells it differently" when none does.
 */
export function becauseClause(match: ClaimMatch): string {
  const verdict: Verdict = match.relation === 'contradicts' ? 'contradicts' : 'agrees';
  for (const reason of match.reasons) {
    const clause = because[verdict][reason.kind];
    const joint = verdict === 'contradicts' ? ' against' : ', as in';
    if (clause) return `${clause} ("${shortQuote(reason.evidenceSide)}"${joint} "${shortQuote(reason.claimSide)}")`;
  }
  return verdict === 'contradicts' ? 'tells it differently' : 'tells it the same way';
}

// Enough words to recognise a side; the citation beside the explanation holds the source's full words.
const quotedWords = 8;

/** The first words of a side, enough to recognise it in a sentence of explanation: "coalition helicopters struck the checkpoint, killing at least…". */
function shortQuote(side: string): string {
  const words = side.trim().split(/\s+/);
  return words.length > quotedWords ? `${words.slice(0, quotedWords).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
}

/** The relations that rate a claim: a source that only discusses it neither supports nor refutes it. */
export function isVerdict(relation: Relation): relation is Verdict {
  return relation === 'contradicts' || relation === 'agrees';
}
