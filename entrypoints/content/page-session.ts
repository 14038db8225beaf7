import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleInSlices, type ArticleText } from '../../lib/article/read-article';
import { offsetAtPoint } from '../../lib/anchor/text-map';
import type { ContentCalls } from '../../lib/messages/content-calls';
import type { Handlers } from '../../lib/messages/router';
import type { ClaimReport } from '../../lib/model/page-claim';
import type { PageInfo } from '../../lib/model/page';
import type { Relation } from '../../lib/model/stance';
import type { CardUi } from './card-ui';
import { claimAtOffset, claimRanges, type ShownClaim } from './claim-ranges';
import { clearHighlights, paintHighlights } from './highlights';
import { loadPageScript } from './page-scripts';
import { pageTurns } from './page-turns';
import type { ToolbarUi } from './toolbar-ui';

/**
 * Crosscheck on one page: reads the article, hands its text to the background
 * (which finds and matches the claims away from the page's main thread), paints
 * highlights, and answers the popup. The card and the corner bar are loaded
 * and built only once there is a claim to show, so pages without claims pay
 * nothing for them. Every step that grows with the page runs in slices
 * (pageTurns), so the page is never held for long.
 */
class PageSession {
  private article: ArticleText | null = null;
  private shown: ShownClaim[] = [];
  private current: number | null = null;
  // Each analysis bumps this, so an answer to an older one (the page has since navigated) is dropped.
  private generation = 0;
  // Each paint bumps this, so reports whose ranges were still being built when newer ones came are dropped.
  private paints = 0;
  private ui: Promise<{ card: CardUi; toolbar: ToolbarUi }> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  async analyze(): Promise<number> {
    const mine = ++this.generation;
    this.current = null;
    await this.show([]);
    // The messaging script is injected while the article is read; its evaluation is a task of its own.
    const calls = loadPageScript('page-calls');
    // Start reading in a task of its own too: the script's evaluation, or the navigation, has used this one.
    await pageTurns.yieldToPage();
    const article = await readArticleInSlices(document, pageTurns);
    if (mine !== this.generation) return 0;
    this.article = article;
    const { reports } = await (await calls).analyzePage(pageInfo(article), article.text);
    return mine === this.generation ? this.show(reports) : 0;
  }

  /** Paints the reports (replacing what was shown) and refreshes an open card; returns how many were painted. */
  async show(reports: readonly ClaimReport[]): Promise<number> {
    const mine = ++this.paints;
    const shown = this.article ? await claimRanges(this.article, reports) : [];
    if (mine !== this.paints) return 0;
    const openId = this.current === null ? null : this.shown[this.current]?.report.claim.id;
    this.shown = shown;
    paintHighlights(document, this.shown);
    if (this.shown.length === 0 && !this.ui) return 0;
    const { card, toolbar } = await this.userInterface();
    const index = this.shown.findIndex((entry) => entry.report.claim.id === openId);
    this.current = index === -1 ? null : index;
    if (this.current === null) card.hide();
    else if (card.isOpen()) card.show(this.shown[this.current].report, this.shown[this.current].content, null);
    toolbar.update(this.shown.map((entry) => entry.report), this.current);
    return this.shown.length;
  }

  async open(index: number, scroll: boolean): Promise<void> {
    const entry = this.shown[index];
    if (!entry) return;
    const { card, toolbar } = await this.userInterface();
    this.current = index;
    if (scroll) scrollToRange(entry.content);
    card.show(entry.report, entry.content, null);
    toolbar.update(this.shown.map((shown) => shown.report), index);
  }

  step(direction: 1 | -1): void {
    const count = this.shown.length;
    if (count === 0) return;
    const next = this.current === null ? (direction === 1 ? 0 : count - 1) : (this.current + direction + count) % count;
    void this.open(next, true);
  }

  reveal(claimId: string): boolean {
    const index = this.shown.findIndex((entry) => entry.report.claim.id === claimId);
    if (index !== -1) void this.open(index, true);
    return index !== -1;
  }

  /** Opens the card of the claim under a click, or closes the card when the click hit no claim. */
  async clickAt(event: MouseEvent): Promise<void> {
    const ui = this.ui && (await this.ui);
    const target = event.target as Node | null;
    if (!ui || ui.card.contains(target) || ui.toolbar.contains(target) || !this.article) return;
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    const offset = caret ? offsetAtPoint(this.article, caret.offsetNode, caret.offset) : null;
    const index = offset === null ? null : claimAtOffset(this.shown, offset);
    if (index === null) ui.card.hide();
    else await this.open(index, false);
  }

  private userInterface() {
    this.ui ??= loadPageScript('page-ui').then(({ createCardUi, createToolbarUi }) =>
      Promise.all([
        createCardUi(this.ctx, correctMatch, (claimId) => void this.reveal(claimId)),
        createToolbarUi(this.ctx, (direction) => this.step(direction)),
      ]).then(([card, toolbar]) => ({ card, toolbar })),
    );
    return this.ui;
  }
}

/** Starts Crosscheck on the page and wires it to the popup, clicks and single-page navigation. */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  const session = new PageSession(ctx);
  const handlers: Handlers<ContentCalls, null> = {
    revealClaim: async ({ claimId }) => ({ found: session.reveal(claimId) }),
    showReports: async ({ reports }) => ({ shown: await session.show(reports) }),
    reanalyzePage: async () => ({ claims: await session.analyze() }),
  };
  // Only this extension's pages and background send to the tab, and only Crosscheck's calls.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    loadPageScript('page-calls')
      .then((calls) => calls.contentRouter(handlers)(message, null))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    clearHighlights(document);
  });
  ctx.addEventListener(document, 'click', (event) => void session.clickAt(event));
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.analyze().catch(reportFailure));
  await session.analyze().catch(reportFailure);
}

function correctMatch(claimId: string, otherId: string, relation: Relation): void {
  loadPageScript('page-calls')
    .then((calls) => calls.callBackground('correctMatchOnPage', { claimId, otherId, relation }))
    .catch(reportFailure);
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
