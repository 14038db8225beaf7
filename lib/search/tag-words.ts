import { splitCamelCase, stripLinks } from './clean-social';
import { splitCompound, type FrequencyOf } from './split-compound';
import { tokenize, type Token } from './tokenize';

const tagPattern = /[#@]([\p{L}\p{N}_]{1,100})/gu;

/**
 * The hashtags and handles of a text written as one run of letters
 * ("#FyreFestival" is not one: its capitals already split it), lowercased,
 * keyed by the index term the tokenizer makes of them.
 */
export function runTogetherTags(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of stripLinks(text).matchAll(tagPattern)) {
    const tag = match[1];
    if (splitCamelCase(tag) !== tag) continue;
    const tokens = tokenize(tag);
    if (tokens.length === 1 && !tokens[0].numeric) tags.set(tokens[0].term, tag.toLowerCase());
  }
  return tags;
}

/**
 * Returns the tokens with each one that came from a run-together tag and that
 * no indexed document holds replaced by the known terms it splits into
 * ("#tentcity" gives "tent" and "citi"). Other tokens pass through unchanged.
 */
export function splitRunTogetherTags(tokens: Token[], text: string, frequency: FrequencyOf, documentCount: number): Token[] {
  const tags = runTogetherTags(text);
  if (tags.size === 0) return tokens;
  return tokens.flatMap((token) => {
    const tag = tags.get(token.term);
    const terms = tag !== undefined && frequency(token.term) === 0 ? splitCompound(tag, frequency, documentCount) : null;
    return terms ? terms.map((term) => ({ term, capitalised: token.capitalised, numeric: false })) : [token];
  });
}
