import { splitHedges } from './hedge-parts';

interface ClaimTextProps {
  text: string;
  hedges: readonly string[];
}

/** The claim's words with its hedges ("reportedly") marked and named for screen readers. */
export function ClaimText({ text, hedges }: ClaimTextProps) {
  return (
    <q className="text-gray-900">
      {splitHedges(text, hedges).map((part, index) =>
        part.hedge ? (
          <mark key={index} title="Hedge: weakens the claim" className="rounded-sm bg-amber-100 px-0.5 text-gray-900 italic">
            {part.text}
            <span className="sr-only"> (hedge)</span>
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </q>
  );
}
