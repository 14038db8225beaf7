import { parseHTML } from 'linkedom';
import { anchorSelectors, describeSpan } from '../../lib/anchor';
import { readArticle, readArticleInSlices, type SliceScheduler } from '../../lib/article/read-article';

const rounds = 3;

function bestTime(work: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A page of about `nodes` DOM nodes: a huge menu and link grid around a 200-paragraph story. */
function hugePage(nodes: number): Document {
  const items = Math.floor(nodes / 8);
  const menu = Array.from({ length: items }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a> <span>new</span></li>`).join('');
  const story = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}: the council said, once more, that it <b>disagreed</b> with the ministry.</p>`).join('');
  const html = `<html><body><nav><ul>${menu}</ul></nav><div class="grid"><ul>${menu}</ul></div><article>${story}</article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** Visits every node with the same pointer moves readArticle makes: the floor for any reading of the page. */
function bareWalk(doc: Document): number {
  let count = 0;
  let node: Node | null = doc.documentElement;
  while (node) {
    count += 1;
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node ? node.nextSibling : null;
    }
  }
  return count;
}

/** The longest time readArticleInSlices held the thread on `doc`, and how many slices it took. */
async function longestSlice(doc: Document): Promise<{ longest: number; slices: number }> {
  const slices: number[] = [];
  let sliceStart = performance.now();
  const scheduler: SliceScheduler = {
    now: () => performance.now(),
    yieldToPage: async () => {
      slices.push(performance.now() - sliceStart);
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    },
  };
  await readArticleInSlices(doc, scheduler);
  slices.push(performance.now() - sliceStart);
  return { longest: Math.max(...slices), slices: slices.length };
}

/**
 * Prints how reading the article scales with page size (time per node at 25k
 * and 200k nodes, which stays flat if it is linear), its cost against a bare
 * walk of the same DOM, the longest slice when read in slices, then the cost of
 * re-anchoring an edited quote in a long text.
 */
export async function runArticleBench(): Promise<void> {
  const small = hugePage(25_000);
  const large = hugePage(200_000);
  const smallNodes = bareWalk(small);
  const largeNodes = bareWalk(large);
  readArticle(large);
  const smallTime = bestTime(() => readArticle(small));
  const largeTime = bestTime(() => readArticle(large));
  const walkTime = bestTime(() => bareWalk(large));
  console.log(`article: ${smallNodes} nodes in ${smallTime.toFixed(1)} ms; ${largeNodes} nodes in ${largeTime.toFixed(1)} ms`);
  const perNode = largeTime / largeNodes / (smallTime / smallNodes);
  console.log(`  time per node, large / small page: ${perNode.toFixed(2)}x (linear or better: 1x or less); readArticle / bare walk: ${(largeTime / walkTime).toFixed(1)}x`);
  const sliced = await longestSlice(large);
  console.log(`  in slices: longest ${sliced.longest.toFixed(1)} ms of ${sliced.slices} slices; longest slice / one pass: ${(sliced.longest / largeTime).toFixed(2)}x`);

  const sentence = 'the regional office said two civilians were killed at the checkpoint on Thursday';
  const filler = 'Unrelated words about the weather and the markets fill this sentence. '.repeat(15_000);
  const text = `${filler}${sentence}. ${filler}`;
  const selectors = describeSpan(text, filler.length, filler.length + sentence.length);
  const edited = text.replace('were killed', 'were shot dead');
  const exact = bestTime(() => anchorSelectors(`Update. ${text}`, selectors));
  const fuzzy = bestTime(() => anchorSelectors(edited, selectors));
  console.log(`anchoring in ${text.length} characters: moved quote ${exact.toFixed(2)} ms; edited quote (fuzzy) ${fuzzy.toFixed(2)} ms; fuzzy / exact ${(fuzzy / exact).toFixed(1)}x`);
}
