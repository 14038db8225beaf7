/**
 * Recognises page furniture by the names authors give it: class and id words
 * ("comment-list", "share_bar", "authorBio") and ARIA landmark roles.
 */

const boilerplateWords = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'author', 'banner', 'bio', 'breadcrumb', 'breadcrumbs',
  'byline', 'caption', 'comment', 'comments', 'consent', 'cookie', 'cookies', 'credit', 'credits',
  'disclaimer', 'discussion', 'donate', 'donation', 'embed', 'fundraising', 'footer', 'gdpr', 'masthead', 'menu', 'meta', 'modal',
  'nav', 'navbar', 'navigation', 'newsletter', 'outbrain', 'paid', 'popular', 'popup', 'promo', 'hidden',
  'recommended', 'related', 'replies', 'reply', 'share', 'sharing', 'sidebar', 'signup', 'social',
  'sponsor', 'sponsored', 'sronly', 'subscribe', 'tags', 'taboola', 'toolbar', 'trending', 'tweet',
  'twitter', 'visuallyhidden', 'widget',
]);

const contentWords = new Set(['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text']);

const boilerplateRoles = new Set([
  'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation',
  'search', 'toolbar',
]);

/** Splits "commentList share_bar sr-only" into lower-case words: comment, list, share, bar, sr, only, sronly. */
function nameWords(names: string): string[] {
  if (names.length > 500) return [];
  const words: string[] = [];
  for (const token of names.split(/\s+/)) {
    const parts = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
    words.push(...parts);
    if (parts.length === 2) words.push(parts.join(''));
  }
  return words.filter((word) => word.length > 0);
}

function voteOfNames(names: string): -1 | 0 | 1 {
  const words = nameWords(names);
  if (words.some((word) => boilerplateWords.has(word))) return -1;
  return words.some((word) => contentWords.has(word)) ? 1 : 0;
}

/**
 * How an element's names vote on it holding the article: -1 for page furniture
 * (comments, share bars, bylines…), +1 for content ("article-body"), 0 otherwise.
 * Furniture wins a tie, so "comment-body" counts as furniture. Pass a `cache`
 * when voting on a whole page: pages repeat the same class names thousands of times.
 */
export function nameVote(element: Element, cache?: Map<string, -1 | 0 | 1>): -1 | 0 | 1 {
  const role = element.getAttribute('role');
  if (role && boilerplateRoles.has(role.toLowerCase())) return -1;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names === ' ') return 0;
  let vote = cache?.get(names);
  if (vote === undefined) {
    vote = voteOfNames(names);
    cache?.set(names, vote);
  }
  return vote;
}

const quoteBoxTags = new Set(['blockquote', 'aside', 'figure', 'div']);

/**
 * True for a pull quote: a box that sets again, in large type, words the story already
 * gives ("pull-quote", "pullquote", "pq", "pullout", or a quotation box called "pull"). Reading it twice
 * would make the page agree with itself.
 */
export function isPullQuote(element: Element): boolean {
  if (!quoteBoxTags.has(element.localName.toLowerCase())) return false;
  const words = nameWords(element.getAttribute('class') ?? '');
  // "pull-right", "pull-left": a layout class that floats any block, not a pull quote.
  const floated = words.includes('right') || words.includes('left');
  return words.includes('pullquote') || words.includes('pq') || words.includes('pullout') ||
    (words.includes('pull') && !floated && element.localName.toLowerCase() === 'blockquote');
}

/** True when the page hides the element from every reader (attribute, ARIA or inline style). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
