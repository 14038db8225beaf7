import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticle, type ArticleText } from '../../lib/article/read-article';
import { offsetAtPoint, rangeForSpan } from '../../lib/anchor/text-map';
import { backgroundCalls, maxArticleChars } from '../../lib/messages/background-calls';
import { contentCalls } from '../../lib/messages/content-calls';
import { createCaller } from '../../lib/messages/caller';
import { createRouter } from '../../lib/messages/router';
import type { ClaimReport } from '../../lib/model/page-claim';
import type { PageInfo } from '../../lib/model/page';
import type { Relation } from '../../lib/model/stance';
import { createCardUi } from './card-ui';
import { clearHighlights, paintHighlights, type PaintedClaim } from './highlights';
import { createToolbarUi } from './toolbar-ui';

const callBackground = createCaller(backgroundCalls, (message) => browser.runtime.sendMessage(message));

interface ShownClaim extends PaintedClaim {
  report: ClaimReport;
}

/**
 * Crosscheck on one page: reads the article, hands its text to the background
 * (which finds and matches the claims away from the page's main thread), paints
 * highlights, and answers the popup. Runs again when a single-page site
 * navigates; cleans up when the script is invalidated.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  let article: ArticleText | null = null;
  let shown: ShownClaim[] = [];
  let current: number | null = null;
  // Each analysis bumps this, so an answer to an older one (the page has since navigated) is dropped.
  let generation = 0;

  const correct = (claimId: string, otherId: string, relation: Relation) => {
    void callBackground('correctMatchOnPage', { claimId, otherId, relation }).catch(reportFailure);
  };
  const card = await createCardUi(ctx, correct);
  const toolbar = await createToolbarUi(ctx, (direction) => step(direction));

  function show(reports: readonly ClaimReport[]): number {
    if (!article) return 0;
    const text = article.text;
    const openId = current === null ? null : shown[current]?.report.claim.id;
    shown = reports.flatMap((report) => {
      const { content, source, cue } = report.claim.attribution;
      const range = rangeForSpan(article!, content.start, content.end);
      if (!range || text.slice(content.start, content.end) !== content.text) return [];
      const speakerParts = [source, cue].flatMap((span) => (span ? [rangeForSpan(article!, span.start, span.end)] : []));
      return [{ report, status: report.status, content: range, speakerParts: speakerParts.filter((r): r is Range => r !== null) }];
    });
    paintHighlights(document, shown);
    current = openId ? shown.findIndex((entry) => entry.report.claim.id === openId) : -1;
    if (current === -1) current = null;
    if (current !== null && card.isOpen()) card.show(shown[current].report, shown[current].content, null);
    toolbar.update(shown.map((entry) => entry.report), current);
    return shown.length;
  }

  function open(index: number, returnFocusTo: HTMLElement | null, scroll: boolean) {
    const entry = shown[index];
    if (!entry) return;
    current = index;
    if (scroll) scrollToRange(entry.content);
    card.show(entry.report, entry.content, returnFocusTo);
    toolbar.update(shown.map((e) => e.report), current);
  }

  function step(direction: 1 | -1) {
    if (shown.length === 0) return;
    const next = current === null ? (direction === 1 ? 0 : shown.length - 1) : (current + direction + shown.length) % shown.length;
    open(next, null, true);
  }

  async function analyze(): Promise<number> {
    const mine = ++generation;
    card.hide();
    clearHighlights(document);
    current = null;
    article = readArticle(document);
    const text = article.text.slice(0, maxArticleChars);
    const { reports } = await callBackground('analyzePage', { page: pageInfo(article), articleFound: text.length > 0, text });
    if (mine !== generation) return 0;
    return show(reports);
  }

  const route = createRouter(
    contentCalls,
    {
      revealClaim: async ({ claimId }) => {
        const index = shown.findIndex((entry) => entry.report.claim.id === claimId);
        if (index !== -1) open(index, null, true);
        return { found: index !== -1 };
      },
      showReports: async ({ reports }) => ({ shown: show(reports) }),
      reanalyzePage: async () => ({ claims: await analyze() }),
    },
    () => null,
  );
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reply = route(message, null);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    clearHighlights(document);
  });

  ctx.addEventListener(document, 'click', (event) => {
    if (card.contains(event.target as Node) || toolbar.contains(event.target as Node)) return;
    const index = claimIndexAt(event.clientX, event.clientY);
    if (index === null) return card.hide();
    open(index, null, false);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void analyze().catch(reportFailure));

  function claimIndexAt(x: number, y: number): number | null {
    if (!article) return null;
    const caret = document.caretPositionFromPoint?.(x, y);
    if (!caret) return null;
    const offset = offsetAtPoint(article, caret.offsetNode, caret.offset);
    if (offset === null) return null;
    const index = shown.findIndex(({ report }) => {
      const { content } = report.claim.attribution;
      return offset >= content.start && offset < content.end;
    });
    return index === -1 ? null : index;
  }

  await analyze().catch(reportFailure);
}

function pageInfo(article: ArticleText): PageInfo {
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null;
  return { url: location.href, title: article.title || document.title, publishedAt: article.publishedAt, siteName };
}

function scrollToRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
}

function reportFailure(error: unknown): void {
  console.warn('Crosscheck could not analyse this page:', error);
}
