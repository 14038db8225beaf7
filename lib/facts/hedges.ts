import { findPhrases, phraseTable } from './phrase-table';
import { quote, type Token } from './tokens';

const hedgeTable = phraseTable({
  hedge: ['allegedly', 'alleged', 'reportedly', 'purportedly', 'purported', 'apparently', 'appeared to', 'appears to',
    'seemed to', 'seems to', 'claimed', 'claims', 'unconfirmed', 'unverified', 'may have', 'might have',
    'could have', 'possibly', 'probably', 'likely', 'rumoured', 'rumored', 'said to be', 'believed to', 'thought to',
    'suspected', 'unclear', 'not clear', 'not yet confirmed', 'according to'],
});

/** Words that weaken what a text asserts ("allegedly", "appeared to", "unconfirmed"), as written. */
export function readHedges(text: string, tokens: Token[]): string[] {
  return findPhrases(tokens, hedgeTable).map((hit) => quote(text, tokens, hit.from, hit.to));
}
