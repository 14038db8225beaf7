// English function words (the classic SMART/Lucene core) plus the social-media
// filler that tweets add around a claim. Matched on lowercase surface forms.
const words = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not of off on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours yourself
yourselves also may might must shall let us s t d ll m re ve via rt amp th get got gets just like
http https www com isn wasn aren weren didn doesn don hasn haven hadn couldn wouldn shouldn won ain`;

/** Words too common to tell claims apart; membership is checked on lowercase forms. */
export const stopwords: ReadonlySet<string> = new Set(words.split(/\s+/));
