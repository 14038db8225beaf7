import type { ClaimStatus } from '../lib/model/page-claim';
import { statusStyles } from './status-style';

/** A status in words with its icon and a sample of its page underline; colour only repeats what the text says. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const style = statusStyles[status];
  return (
    <span
      className="inline-flex shrink-0 items-center gap-1 rounded-sm border border-solid px-1.5 py-0.5 text-xs font-medium text-gray-900"
      style={{ borderColor: style.colour, backgroundColor: style.tint }}
      data-status={status}
    >
      <span aria-hidden="true" style={{ color: style.colour }}>
        {style.icon}
      </span>
      {style.label}
    </span>
  );
}

/** A short word underlined exactly as the page highlight of `status` is. */
export function UnderlineSample({ status }: { status: ClaimStatus }) {
  const style = statusStyles[status];
  return (
    <span
      aria-hidden="true"
      className="underline decoration-2 underline-offset-4"
      style={{ textDecorationColor: style.colour, textDecorationStyle: style.underlineStyle }}
    >
      claim
    </span>
  );
}
