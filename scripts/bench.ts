import { runArticleBench } from './bench/article';
import { runExtractionBench } from './bench/extraction';
import { runSearchBench } from './bench/search';

/** Every speed figure of the project, each as a ratio measured in this one run. */
async function main(): Promise<void> {
  console.log('== Attribution extraction ==');
  await runExtractionBench();
  console.log('\n== Article and anchoring ==');
  await runArticleBench();
  console.log('\n== Known-claim search ==');
  await runSearchBench();
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
