/**
 * Recognises an embedded social-media post by what it shows, not by its names: embeds
 * are called "twitter-tweet", "social-embed" and the like, the same words as share bars,
 * but a post ends with its author's signature, "— Name (@handle) date".
 */

// "— Lina Okafor (@lina_okafor)": a dash, up to 80 characters of name, and a handle in brackets.
const signature = /[—–―-][^()\n—–―]{1,80}\(@[\p{L}\p{N}_.]{1,40}\)/u;
/** An embed is short; a comments section or a sidebar holding one is furniture still. */
const maxPostChars = 3000;
/** The signature closes the post: only a date and a link may follow it. */
const signatureWindow = 200;

/** True when an element is one embedded post: short, and its text ends with a signature. */
export function isEmbeddedPost(element: Element): boolean {
  const text = element.textContent ?? '';
  if (text.length > maxPostChars) return false;
  return signature.test(text.slice(-signatureWindow));
}
