// `npm run bench`, known-claim search: Crosscheck's index against MiniSearch
// and FlexSearch over the same 100,000 claims and 30 queries, in one run.
// Memory is the growth of V8 heap plus external (typed array) memory after a
// full garbage collection, which this script triggers itself (it enables
// --expose-gc at run time, so no NODE_OPTIONS are needed).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { clefAvailable, loadQueries, loadVerifiedClaims } from '../clef2020';
import { rankQuality } from '../rank-metrics';
import { benchCorpus } from './search-corpus';
import { crosscheckEngine, flexSearchEngine, miniSearchEngine, type BenchEngine } from './search-engines';
import { SearchIndex } from '../../lib/search/index';

const corpusSize = 100_000;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function memoryInUse(): number {
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

interface EngineFigures {
  buildMs: number;
  queryMs: number;
  memoryBytes: number;
  persistedBytes?: number;
  map?: number;
}

function timeQueries(engine: BenchEngine, queries: string[]): number {
  for (const query of queries.slice(0, 3)) engine.search(query, 5);
  const started = performance.now();
  for (const query of queries) engine.search(query, 5);
  return (performance.now() - started) / queries.length;
}

async function clefMap(makeEngine: () => BenchEngine): Promise<number | undefined> {
  if (!clefAvailable()) return undefined;
  const engine = makeEngine();
  engine.build(await loadVerifiedClaims());
  const rankings = (await loadQueries('dev')).map((query) => ({ ranked: engine.search(query.text, 5), relevant: query.relevant }));
  return rankQuality(rankings, 5).map;
}

async function measure(makeEngine: () => BenchEngine, docs: Parameters<BenchEngine['build']>[0], queries: string[]): Promise<EngineFigures> {
  const before = memoryInUse();
  const engine = makeEngine();
  const started = performance.now();
  engine.build(docs);
  const buildMs = performance.now() - started;
  const memoryBytes = memoryInUse() - before;
  const queryMs = timeQueries(engine, queries);
  const persistedBytes = engine.persistedBytes?.();
  return { buildMs, queryMs, memoryBytes, persistedBytes, map: await clefMap(makeEngine) };
}

function loadTime(docs: Parameters<BenchEngine['build']>[0]): number {
  const index = SearchIndex.create(docs);
  const manifest = index.manifest();
  const records = index.unsavedSegments();
  const started = performance.now();
  SearchIndex.load(manifest, records);
  return performance.now() - started;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function report(name: string, figures: EngineFigures, ours: EngineFigures): void {
  const ratio = name === 'Crosscheck' ? '' : `   ours/${name} ${(ours.queryMs / figures.queryMs).toFixed(3)}`;
  const map = figures.map === undefined ? 'n/a (no CLEF data)' : figures.map.toFixed(4);
  console.log(
    `${name.padEnd(11)} ${figures.queryMs.toFixed(2).padStart(8)} ms/query   build ${(figures.buildMs / 1000).toFixed(1)} s   memory ${megabytes(figures.memoryBytes)}   MAP@5 dev ${map}${ratio}`,
  );
}

/** Builds each engine over 100,000 known claims, times 30 queries, and prints the ratios and sizes. */
export async function runSearchBench(): Promise<void> {
  const { docs, queries, origin } = await benchCorpus(corpusSize);
  console.log(`${docs.length} known claims, ${queries.length} queries: ${origin}`);
  const ours = await measure(crosscheckEngine, docs, queries);
  const flex = await measure(flexSearchEngine, docs, queries);
  const mini = await measure(miniSearchEngine, docs, queries);
  report('Crosscheck', ours, ours);
  report('FlexSearch', flex, ours);
  report('MiniSearch', mini, ours);
  console.log(`Crosscheck index: ${megabytes(ours.persistedBytes ?? 0)} persisted, loaded back in ${loadTime(docs).toFixed(0)} ms`);
  console.log(`memory ratio ours/FlexSearch ${(ours.memoryBytes / flex.memoryBytes).toFixed(3)}, ours/MiniSearch ${(ours.memoryBytes / mini.memoryBytes).toFixed(3)}`);
}
