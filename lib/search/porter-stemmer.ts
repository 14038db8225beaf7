// Porter's 1980 suffix-stripping algorithm, steps 1a to 5b. Words are
// processed as lowercase ASCII letters; anything else is returned unchanged.

const step2Suffixes: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const step3Suffixes: Array<[string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const step4Suffixes = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent',
  'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

function isConsonant(word: string, index: number): boolean {
  const letter = word[index];
  if ('aeiou'.includes(letter)) return false;
  if (letter !== 'y') return true;
  return index === 0 || !isConsonant(word, index - 1);
}

/** Porter's m: the number of vowel-consonant sequences in the stem. */
function measure(stem: string): number {
  let count = 0;
  let index = 0;
  while (index < stem.length && isConsonant(stem, index)) index += 1;
  while (index < stem.length) {
    while (index < stem.length && !isConsonant(stem, index)) index += 1;
    if (index >= stem.length) break;
    while (index < stem.length && isConsonant(stem, index)) index += 1;
    count += 1;
  }
  return count;
}

function hasVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index += 1) if (!isConsonant(stem, index)) return true;
  return false;
}

function endsDoubleConsonant(stem: string): boolean {
  const last = stem.length - 1;
  return last > 0 && stem[last] === stem[last - 1] && isConsonant(stem, last);
}

/** Consonant-vowel-consonant ending, the last not w, x or y. */
function endsCvc(stem: string): boolean {
  const last = stem.length - 1;
  if (last < 2 || 'wxy'.includes(stem[last])) return false;
  return isConsonant(stem, last) && !isConsonant(stem, last - 1) && isConsonant(stem, last - 2);
}

function step1a(word: string): string {
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss') || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  const suffix = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  if (suffix === 0 || !hasVowel(word.slice(0, -suffix))) return word;
  const stem = word.slice(0, -suffix);
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsDoubleConsonant(stem) && !'lsz'.includes(stem[stem.length - 1])) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word;
}

function replaceSuffix(word: string, table: Array<[string, string]>, minimumMeasure: number): string {
  for (const [suffix, replacement] of table) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return measure(stem) > minimumMeasure - 1 ? stem + replacement : word;
  }
  return word;
}

function step4(word: string): string {
  if (word.endsWith('ion')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 1 && (stem.endsWith('s') || stem.endsWith('t')) ? stem : word;
  }
  const suffix = step4Suffixes
    .filter((candidate) => word.endsWith(candidate))
    .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
  const stem = word.slice(0, word.length - suffix.length);
  return suffix !== '' && measure(stem) > 1 ? stem : word;
}

function step5(word: string): string {
  let result = word;
  if (result.endsWith('e')) {
    const stem = result.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) result = stem;
  }
  if (measure(result) > 1 && endsDoubleConsonant(result) && result.endsWith('l')) result = result.slice(0, -1);
  return result;
}

/**
 * Reduces an English word to its Porter stem ("connections" -> "connect").
 * Returns the word unchanged when it has fewer than three letters or holds
 * anything but lowercase ASCII letters.
 */
export function porterStem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  let stem = step1c(step1b(step1a(word)));
  stem = replaceSuffix(stem, step2Suffixes, 1);
  stem = replaceSuffix(stem, step3Suffixes, 1);
  return step5(step4(stem));
}
