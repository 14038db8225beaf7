import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A fact-checked claim of CLEF-2020 CheckThat! Task 2. */
export interface VerifiedClaim {
  id: string;
  text: string;
  title: string;
}

/** A tweet to match, with the ids of the verified claims it is about. */
export interface ClefQuery {
  id: string;
  text: string;
  relevant: Set<string>;
}

export type ClefSplit = 'train' | 'dev';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the research copy lives; never inside the repository. */
export const clefDirectory = path.resolve(repoRoot, '..', 'shared', 'data', 'clef2020');

/** True when the research data is on this machine (it is absent from a fresh clone). */
export function clefAvailable(): boolean {
  return existsSync(path.join(clefDirectory, 'verified_claims.docs.tsv'));
}

/**
 * Parses tab-separated text the way pandas writes it: a field that starts with
 * a double quote runs to the closing quote, across tabs and newlines, with ""
 * standing for one quote. Returns rows of fields; blank lines are dropped.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index <= text.length) {
    const { value, next } = readField(text, index);
    row.push(value);
    const separator = text[next];
    index = next + 1;
    if (separator === '\t') continue;
    if (separator === '\r' && text[index] === '\n') index += 1;
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    if (separator === undefined) break;
  }
  return rows;
}

function readField(text: string, start: number): { value: string; next: number } {
  if (text[start] !== '"') {
    let end = start;
    while (end < text.length && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end += 1;
    return { value: text.slice(start, end), next: end };
  }
  let value = '';
  let index = start + 1;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1) return { value: value + text.slice(index), next: text.length };
    value += text.slice(index, quote);
    if (text[quote + 1] !== '"') return { value, next: skipToSeparator(text, quote + 1) };
    value += '"';
    index = quote + 2;
  }
}

/** Text after a closing quote and before the separator is malformed; it is dropped. */
function skipToSeparator(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end += 1;
  return end;
}

/** Loads the 10,375 verified claims (header row skipped). */
export async function loadVerifiedClaims(): Promise<VerifiedClaim[]> {
  const rows = parseTsv(await readFile(path.join(clefDirectory, 'verified_claims.docs.tsv'), 'utf8'));
  return rows.slice(1).map(([id, text = '', title = '']) => ({ id, text, title }));
}

/** Loads one split's tweets with their relevant claim ids; tweets without a judgement are dropped. */
export async function loadQueries(split: ClefSplit): Promise<ClefQuery[]> {
  const directory = path.join(clefDirectory, split);
  const tweets = parseTsv(await readFile(path.join(directory, 'tweets.queries.tsv'), 'utf8')).slice(1);
  const qrels = await readFile(path.join(directory, 'tweet-vclaim-pairs.qrels'), 'utf8');
  const relevant = new Map<string, Set<string>>();
  for (const line of qrels.split('\n')) {
    const [tweetId, , claimId, grade] = line.trim().split(/\s+/);
    if (!claimId || grade === '0') continue;
    const set = relevant.get(tweetId) ?? new Set<string>();
    set.add(claimId);
    relevant.set(tweetId, set);
  }
  return tweets
    .filter(([id]) => relevant.has(id))
    .map(([id, text = '']) => ({ id, text, relevant: relevant.get(id) ?? new Set<string>() }));
}
