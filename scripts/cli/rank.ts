import { z } from 'zod';
import { CliError, parseJsonLines, printJsonLine, readStdin, readTextFile } from './io';
import { SearchIndex } from '../../lib/search/index';

const knownLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
});
const queryLineSchema = z.object({ id: z.string().min(1), text: z.string() });

interface RankOptions {
  knownPath: string;
  top: number;
}

function parseOptions(args: string[]): RankOptions {
  let knownPath: string | undefined;
  let top = 5;
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index];
    const value = args[index + 1];
    if (flag !== '--known' && flag !== '--top') throw new CliError(`rank: unknown argument "${flag}" (usage: rank --known KNOWN.jsonl [--top N])`);
    if (value === undefined) throw new CliError(`rank: ${flag} needs a value`);
    if (flag === '--known') knownPath = value;
    else top = parseTop(value);
    index += 1;
  }
  if (knownPath === undefined) throw new CliError('rank: --known KNOWN.jsonl is required');
  return { knownPath, top };
}

function parseTop(value: string): number {
  const top = Number(value);
  if (!/^\d{1,6}$/.test(value) || top < 1) throw new CliError(`rank: --top must be a whole number from 1, got "${value}"`);
  return top;
}

function checkUniqueIds(ids: string[], origin: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CliError(`${origin}: id "${id}" appears more than once`);
    seen.add(id);
  }
}

/**
 * `cli rank --known KNOWN.jsonl [--top N]`: ranks the known claims for each
 * query line `{"id","text"}` on stdin and prints `{"id","results":[{"id","score"}]}`
 * per query, best first.
 */
export async function runRank(args: string[]): Promise<void> {
  const { knownPath, top } = parseOptions(args);
  const known = parseJsonLines(await readTextFile(knownPath), knownLineSchema, knownPath);
  checkUniqueIds(known.map((line) => line.id), knownPath);
  const queries = parseJsonLines(await readStdin(), queryLineSchema, 'stdin');
  const index = SearchIndex.create(known.map(({ id, text, title }) => ({ id, text, title })));
  for (const query of queries) {
    printJsonLine({ id: query.id, results: index.search(query.text, top).map(({ id, score }) => ({ id, score: round(score) })) });
  }
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
