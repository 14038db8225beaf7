import { rates, roles, scoreArticles, type Tally } from './eval-attribution-score';
import { readPolnear } from './train-attribution-corpus';

/** Prints extractAttributions' scores on PolNeAR dev (see eval-attribution-score.ts for the measures). */
function line(name: string, t: Tally): string {
  const { precision, recall, f1 } = rates(t);
  return `${name.padEnd(12)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (gold ${t.gold}, predicted ${t.predicted})`;
}

function main(): void {
  const articles = readPolnear('dev');
  if (!articles) {
    console.log('eval:attribution: ../shared/data/polnear/dev is absent; skipping.');
    return;
  }
  const tallies = scoreArticles(articles);
  console.log(`PolNeAR dev: ${articles.length} articles (multi-annotator articles scored against the annotator id sorting first)`);
  console.log(line('attribution', tallies.attribution));
  for (const role of roles) console.log(line(`${role} tokens`, tallies[role]));
}

main();
