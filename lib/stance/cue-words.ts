/** Words with which a text refutes what it reports. */
export const refutingWords = new Set(['fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'denial', 'not',
  'despite', 'nope', 'doubt', 'doubts', 'bogus', 'debunk', 'debunked', 'debunks', 'prank', 'pranks', 'retract',
  'retracted', 'untrue', 'fabricated', 'satire', 'satirical', 'misleading', 'incorrect', 'never', 'dismissed',
  'rejected', 'refuted', 'refutes', 'lie', 'lies', 'no', "isn't", "wasn't", "didn't", "doesn't", 'baseless',
  'rumour', 'rumor', 'myth', 'unfounded', 'nonsense']);

/** Words with which a text reports without taking a side. */
export const reportingWords = new Set(['reportedly', 'allegedly', 'claims', 'claimed', 'claim', 'according',
  'rumored', 'rumoured', 'unconfirmed', 'unverified', 'may', 'might', 'could', 'possibly', 'appears', 'apparently',
  'suggests', 'purportedly', 'believed', 'speculation', 'reports', 'reported', 'says', 'said', 'sources', 'alleged',
  'supposedly', 'if', 'whether', 'unclear', 'report']);

/** Words with which a text vouches for what it reports. */
export const affirmingWords = new Set(['confirmed', 'confirms', 'confirm', 'official', 'officially', 'announced',
  'revealed', 'verified', 'indeed', 'true', 'proved', 'proven', 'shows', 'showed', 'actually', 'finally',
  'evidence', 'footage', 'photos', 'video']);

/** How many of the words fall in the set. */
export function countIn(words: readonly string[], set: ReadonlySet<string>): number {
  let count = 0;
  for (const word of words) if (set.has(word)) count += 1;
  return count;
}

/** Words that call a report wrong outright, unlike the common "not" and "no". */
export const debunkingWords = new Set(['fake', 'fraud', 'hoax', 'false', 'bogus', 'debunk', 'debunked', 'debunks',
  'prank', 'untrue', 'fabricated', 'satire', 'satirical', 'baseless', 'myth', 'unfounded', 'nonsense', 'retracted',
  'doctored', 'photoshopped', 'misleading', 'incorrect', 'lie', 'lies']);

/** Verbs with which a party denies what is said of it. */
export const denyingWords = new Set(['deny', 'denies', 'denied', 'denial', 'rejected', 'rejects', 'refuted',
  'refutes', 'dismissed', 'dismisses', 'disputed', 'disputes', 'contradicted']);
