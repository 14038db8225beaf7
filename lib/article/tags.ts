/**
 * Tag-name knowledge about HTML that decides how text is grouped into blocks.
 * Pages give no layout in Node (linkedom), so display is inferred from the tag.
 */

/** Elements that start a new block of text (their content never runs on with a neighbour's). */
export const blockTags: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never article prose: code, media, controls, metadata. */
export const skippedTags: ReadonlySet<string> = new Set([
  'audio', 'button', 'canvas', 'datalist', 'embed', 'iframe', 'img', 'input', 'link', 'map',
  'math', 'meta', 'noscript', 'object', 'option', 'script', 'select', 'style', 'svg', 'template',
  'textarea', 'title', 'video',
]);

/** Elements whose content is boilerplate when found inside the article's container. */
export const boilerplateTags: ReadonlySet<string> = new Set([
  'aside', 'dialog', 'figcaption', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'label', 'menu', 'nav', 'table',
]);

/**
 * Elements that hold one paragraph: their score goes to the element around them,
 * whereas a div holding loose text is itself the container of that text.
 */
export const paragraphTags: ReadonlySet<string> = new Set([
  'blockquote', 'dd', 'dt', 'li', 'p', 'pre', 'td', 'th',
]);
