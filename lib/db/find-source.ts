import type { Source } from '../model/source';
import type { SourceKind } from '../model/source-kind';
import { stableId } from '../model/ids';

function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The source among `known` whose name or one of whose aliases is `name`
 * (case and spacing aside), or a new Source for it when there is none.
 * Returns `created: true` for a new one, which the caller stores.
 */
export function findOrMakeSource(
  known: readonly Source[],
  name: string,
  kind: SourceKind,
): { source: Source; created: boolean } {
  const key = nameKey(name);
  const found = known.find(
    (source) => nameKey(source.name) === key || source.aliases.some((alias) => nameKey(alias) === key),
  );
  if (found) return { source: found, created: false };
  return { source: { id: stableId('src', key), name: name.trim(), aliases: [], kind }, created: true };
}

/** Merges a newcomer's aliases into an existing source with the same id, keeping the first name and kind. */
export function mergeSource(existing: Source | undefined, incoming: Source): Source {
  if (!existing) return incoming;
  const aliases = new Set([...existing.aliases, ...incoming.aliases]);
  if (nameKey(incoming.name) !== nameKey(existing.name)) aliases.add(incoming.name);
  return { ...existing, aliases: [...aliases] };
}
