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

/** Mean time of one query over a pass of all queries, after a short warm-up. */
function timePass(engine: BenchEngine, queries: string[]): number {
  const started = performance.now();
  for (const query of queries) engine.search(query, 5);
  return (performance.now() - started) / queries.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Times the engines in interleaved passes and takes each one's median, so
 * load from other processes on a shared machine falls on all of them alike.
 */
function timeQueries(engines: BenchEngine[], queries: string[], passes: number): number[] {
  for (const engine of engines) for (const query of queries.slice(0, 3)) engine.search(query, 5);
  const times = engines.map(() => [] as number[]);
  for (let pass = 0; pass < passes; pass += 1) engines.forEach((engine, index) => times[index].push(timePass(engine, queries)));
  return times.map(median);
}

async function clefMap(makeEngine: () => BenchEngine): Promise<number | undefined> {
  if (!clefAvailable()) return undefined;
  const engine = makeEngine();
  engine.build(await loadVerifiedClaims());
  const rankings = (await loadQueries('dev')).map((query) => ({ ranked: engine.search(query.text, 5), relevant: query.relevant }));
  return rankQuality(rankings, 5).map;
}

/** Builds one engine over the corpus, measuring build time and the memory it holds. */
function build(makeEngine: () => BenchEngine, docs: Parameters<BenchEngine['build']>[0]) {
  const before = memoryInUse();
  const engine = makeEngine();
  const started = performance.now();
  engine.build(docs);
  const buildMs = performance.now() - started;
  return { engine, buildMs, memoryBytes: memoryInUse() - before };
}

function loadTime(index: SearchIndex): number {
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

/**
 * Builds each engine over 100,000 known claims, times 30 queries, and prints
 * the ratios and sizes. Crosscheck and FlexSearch are timed side by side;
 * MiniSearch, a hundred times slower and ten times bigger, is built and timed
 * once after they are dropped, so its heap does not slow them.
 */
export async function runSearchBench(): Promise<void> {
  const { docs, queries, origin } = await benchCorpus(corpusSize);
  console.log(`${docs.length} known claims, ${queries.length} queries: ${origin}`);
  const ourEngine = crosscheckEngine();
  const ours = build(() => ourEngine, docs);
  const flex = build(flexSearchEngine, docs);
  const [ourMs, flexMs] = timeQueries([ours.engine, flex.engine], queries, 5);
  const persistedBytes = ourEngine.persistedBytes();
  const loadMs = loadTime(ourEngine.index());
  const figures: EngineFigures[] = [
    { ...ours, queryMs: ourMs, persistedBytes },
    { ...flex, queryMs: flexMs },
  ];
  flex.engine.build([]);
  const mini = build(miniSearchEngine, docs);
  figures.push({ ...mini, queryMs: timeQueries([mini.engine], queries, 1)[0] });
  mini.engine.build([]);
  const makers = [crosscheckEngine, flexSearchEngine, miniSearchEngine];
  for (const [index, make] of makers.entries()) figures[index].map = await clefMap(make);
  printFigures(figures, loadMs);
}

function printFigures([ours, flex, mini]: EngineFigures[], loadMs: number): void {
  report('Crosscheck', ours, ours);
  report('FlexSearch', flex, ours);
  report('MiniSearch', mini, ours);
  console.log(`Crosscheck index: ${megabytes(ours.persistedBytes ?? 0)} persisted, loaded back in ${loadMs.toFixed(0)} ms`);
  console.log(`memory ratio ours/FlexSearch ${(ours.memoryBytes / flex.memoryBytes).toFixed(3)}, ours/MiniSearch ${(ours.memoryBytes / mini.memoryBytes).toFixed(3)}`);
  console.log('(query times: Crosscheck and FlexSearch median of 5 interleaved passes, MiniSearch one pass; memory: heap + external after forced GC)');
}
