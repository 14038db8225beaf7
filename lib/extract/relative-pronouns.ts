/** The pronouns that open a relative clause after a noun: "the monitor which", "a man who", "the report that". */
export const relativePronouns = new Set(['who', 'which', 'that']);

/** The relative pronouns that stand for a person, in any case: "who", "whom", "whose". */
export const personRelatives = new Set(['who', 'whom', 'whose']);

/** Every word that may open a relative clause about a speaker: "that", "which", "who", "whose". */
export const relativeOpeners = new Set([...relativePronouns, 'whose']);
