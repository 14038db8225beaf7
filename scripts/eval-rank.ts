// Measures retrieval on CLEF-2020 CheckThat! Task 2 dev: MAP@5 and MRR.
// Usage: npm run eval:rank [-- --split train]
import { clefAvailable, clefDirectory, loadQueries, loadVerifiedClaims, type ClefSplit } from './clef2020';
import { rankQuality } from './rank-metrics';
import { SearchIndex } from '../lib/search/index';

async function main(): Promise<void> {
  if (!clefAvailable()) {
    console.log(`eval:rank skipped: no CLEF-2020 data at ${clefDirectory}`);
    return;
  }
  const split: ClefSplit = process.argv.includes('train') ? 'train' : 'dev';
  const claims = await loadVerifiedClaims();
  const queries = await loadQueries(split);
  const started = performance.now();
  const index = SearchIndex.create(claims);
  const built = performance.now();
  const rankings = queries.map((query) => ({
    ranked: index.search(query.text, 5).map((result) => result.id),
    relevant: query.relevant,
  }));
  const searched = performance.now();
  const { map, mrr } = rankQuality(rankings, 5);
  console.log(`CLEF-2020 Task 2 ${split}: ${queries.length} queries over ${claims.length} verified claims`);
  console.log(`MAP@5 ${map.toFixed(4)}  MRR ${mrr.toFixed(4)}`);
  console.log(`build ${(built - started).toFixed(0)} ms, ${((searched - built) / queries.length).toFixed(2)} ms a query`);
}

main().catch((error: unknown) => {
  console.error(`eval:rank failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
