import type { Attribution } from '../lib/model/attribution';
import { claimWording } from '../lib/export/claim-wording';
import { ClaimText } from './claim-text';

/**
 * How the speaker put the claim and the claim itself: "denied" then the words denied. A denial's
 * cue is marked, so nobody reads the words as the speaker's own assertion. The space between
 * the two is written only when there is a cue, so the statement never opens with a space.
 */
export function ClaimStatement({ attribution }: { attribution: Attribution }) {
  const { cue, words, denies } = claimWording(attribution);
  return (
    <span>
      {cue ? (
        <>
          <span className={denies ? 'font-semibold text-red-900' : 'text-gray-700'} data-cue="">
            {cue}
            {denies ? <span className="sr-only"> (a denial)</span> : null}
          </span>{' '}
        </>
      ) : null}
      <ClaimText text={words} hedges={attribution.hedges} />
    </span>
  );
}
