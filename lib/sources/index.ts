/** Canonical sources: one party per name, its aliases merged, its kind guessed from its words. */
export { documentOwner } from './document-owner';
export { guessSourceKind } from './guess-kind';
export { canonicalSource, SourceRegistry, type CanonicalSource } from './source-registry';
