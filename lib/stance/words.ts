const stopwords = new Set(('a an the and or but if of to in on at by for with from as is are was were be been being ' +
  'it its this that these those he she they them his her their we our you your i me my not no so than then there ' +
  'here what which who whom whose when where why how all any each few more most other some such only own same too ' +
  'very can will just should now has have had having do does did doing would could may might must shall about ' +
  'into over after before under again further once also said says say told according up down out off new one ' +
  'while during because until against between through above below both s t').split(' '));

/** True for a function word that carries no topic. */
export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

// A light suffix stripper: enough for "strikes"/"struck" to stay apart but "killed"/"killing" to meet.
function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ingly', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

const wordPattern = /[\p{L}\d][\p{L}\p{M}\d'’-]{0,40}/gu;

/** Lower-cased, stemmed topic words of a text, in order, function words dropped. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(wordPattern)) {
    const word = match[0].replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    if (word.length > 1 && !stopwords.has(word)) words.push(stem(word));
  }
  return words;
}

/** Every lower-cased word of a text, in order (function words kept). */
export function allWords(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(wordPattern), (match) => match[0].replace(/['’]/gu, "'"));
}
