// Tweets arrive with links, a trailer naming the poster and the date, and
// hashtags written in camel case; none of that is the claim's wording, but a
// hashtag's words often are.

const urlPattern = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s]{0,2000}/giu;
const trailerPattern = /[\u2014\u2013-]\s?([^\u2014\u2013\n(]{0,120})\(@(\w{1,50})\)\s{0,3}([A-Z][a-z]{2,9})\.? \d{1,2}, (\d{4})/gu;
const handlePattern = /@(\w{1,50})/gu;
const hashtagPattern = /#([\p{L}\p{N}_]{1,100})/gu;

/** A lowercase-to-capital step that is not a word break: the "Mc" and "Mac" of "McCain", "MacArthur". */
const camelStep = /(?<!(?:^|[^\p{Lu}])Ma?)(\p{Ll})(\p{Lu})/gu;

/** Splits "ImpeachTrump2020" into "Impeach Trump 2020"; all-caps and lowercase runs, and "McCain", stay whole. */
export function splitCamelCase(word: string): string {
  return word
    .replace(camelStep, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/_/g, ' ');
}

/** The names of the posters in a text's tweet trailers ("— Name (@handle) Month D, YYYY"), in order. */
export function posterNames(text: string): string[] {
  return [...text.matchAll(trailerPattern)].map((match) => match[1].trim());
}

/** Returns the text with its links blanked out. */
export function stripLinks(text: string): string {
  return text.replace(urlPattern, ' ');
}

/**
 * Returns the text with links removed, a trailing "— Name (@handle) Month D,
 * YYYY" reduced to the poster's name, month and year (fact-checks name the
 * poster and date a claim "in March 2019"; the handle and day only add noise,
 * as measured on CLEF train), @handles and #hashtags turned into their words.
 * Plain prose passes through unchanged.
 */
export function cleanSocialText(text: string): string {
  return stripLinks(text)
    .replace(trailerPattern, (_match, poster: string, _handle: string, month: string, year: string) => ` ${poster} ${month} ${year} `)
    .replace(handlePattern, (_match, handle: string) => ` ${splitCamelCase(handle)} `)
    .replace(hashtagPattern, (_match, tag: string) => ` ${splitCamelCase(tag)} `);
}
