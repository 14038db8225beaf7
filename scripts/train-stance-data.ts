import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the shared research data sits: ../shared/data beside the repository. */
export const dataRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');

/** FNC-1 stance labels in the order the model uses. */
export const fncLabels = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type FncLabel = (typeof fncLabels)[number];

/** One headline-body pair of FNC-1. */
export interface FncPair {
  headline: string;
  bodyId: string;
  label: FncLabel;
}

/** FNC-1 bodies by id and the labelled pairs. */
export interface FncData {
  bodies: Map<string, string>;
  pairs: FncPair[];
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Loads FNC-1 train, or null (after a message) when the data is absent. */
export async function loadFnc(): Promise<FncData | null> {
  const folder = path.join(dataRoot, 'fnc-1');
  if (!existsSync(path.join(folder, 'train_stances.csv'))) {
    console.log(`FNC-1 not found at ${folder}: skipping.`);
    return null;
  }
  const bodyRows = parseCsv(await readFile(path.join(folder, 'train_bodies.csv'), 'utf8')).slice(1);
  const stanceRows = parseCsv(await readFile(path.join(folder, 'train_stances.csv'), 'utf8')).slice(1);
  const bodies = new Map(bodyRows.filter((row) => row.length >= 2).map((row) => [row[0], row[1]] as [string, string]));
  const pairs = stanceRows
    .filter((row) => row.length >= 3 && bodies.has(row[1]))
    .map((row) => ({ headline: row[0], bodyId: row[1], label: row[2] as FncLabel }));
  return { bodies, pairs };
}

// mulberry32: a small seeded generator so the split is the same on every machine.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The dev split: 20% of body ids (sorted numerically, shuffled with seed 1). */
export const devSplit = { share: 0.2, seed: 1 };

/** Splits FNC-1 pairs by body: every pair of a dev body is in dev. */
export function splitByBody(data: FncData): { train: FncPair[]; dev: FncPair[] } {
  const ids = [...data.bodies.keys()].sort((a, b) => Number(a) - Number(b));
  const random = seededRandom(devSplit.seed);
  for (let index = ids.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [ids[index], ids[other]] = [ids[other], ids[index]];
  }
  const dev = new Set(ids.slice(0, Math.round(ids.length * devSplit.share)));
  return {
    train: data.pairs.filter((pair) => !dev.has(pair.bodyId)),
    dev: data.pairs.filter((pair) => dev.has(pair.bodyId)),
  };
}

/** One ClaimDiff pair: does claim b strengthen, weaken, or neither, claim a. */
export interface ClaimDiffPair {
  claimA: string;
  claimB: string;
  label: 'strengthens' | 'weakens' | 'neither';
}

/** Loads ClaimDiff train (S and W merged by pair id), or null with a message when absent. */
export async function loadClaimDiff(): Promise<ClaimDiffPair[] | null> {
  const strong = path.join(dataRoot, 'claimdiff', 'ClaimDiff-S', 'ClaimDiff-strength-train.json');
  const weak = path.join(dataRoot, 'claimdiff', 'ClaimDiff-W', 'ClaimDiff-weak-train.json');
  if (!existsSync(strong) || !existsSync(weak)) {
    console.log(`ClaimDiff not found under ${dataRoot}: skipping.`);
    return null;
  }
  type Row = { pair_id: string; claim_a: string; claim_b: string; relation: string | number };
  const read = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { data: Row[] }).data;
  const weakById = new Map((await read(weak)).map((row) => [row.pair_id, String(row.relation) === '1']));
  return (await read(strong)).map((row) => ({
    claimA: row.claim_a,
    claimB: row.claim_b,
    label: String(row.relation) === '1' ? 'strengthens' : weakById.get(row.pair_id) ? 'weakens' : 'neither',
  }));
}
