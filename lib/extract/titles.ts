// Titles that stand before a person's name, abbreviated and closed by a dot ("Sen. Ann Poe",
// "Lt. Col. Tom Hart"): the dot ends no sentence and the title belongs to the name.

/** The courtesy titles that make one capitalised word a person's name: "Mrs. Poe". */
export const courtesyTitles = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Every abbreviated title, in lower case without its dot. */
export const abbreviatedTitles = new Set([
  ...courtesyTitles,
  'sen', 'sens', 'rep', 'reps', 'del', 'gov', 'gen', 'gens', 'lt', 'col', 'sgt', 'capt', 'maj', 'cmdr', 'adm',
  'prof', 'rev', 'amb', 'atty', 'supt', 'insp', 'pres', 'brig', 'cpl', 'pvt', 'cdr',
]);
