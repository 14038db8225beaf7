import { claimStatuses, type ClaimStatus } from '../lib/model/claim-status';

/** CSS `text-decoration-style` values that tell statuses apart without colour. */
export type UnderlineStyle = 'wavy' | 'solid' | 'dashed' | 'dotted';

export interface StatusStyle {
  /** What the UI calls the status, in words. */
  label: string;
  /** One line a reader sees in the legend. */
  description: string;
  /** Okabe–Ito colours, chosen to stay apart for the common colour-vision deficiencies. */
  colour: string;
  /** A translucent tint of `colour` for the highlight's background. */
  tint: string;
  underlineStyle: UnderlineStyle;
  /** A text symbol shown beside the label, so status never rests on colour alone. */
  icon: string;
}

/**
 * The one mapping from a claim's status to how it looks, shared by the page
 * highlights (`::highlight(crosscheck-<status>)`), the card, the popup and the legend.
 */
export const statusStyles: Readonly<Record<ClaimStatus, StatusStyle>> = {
  contradicted: {
    label: 'Contradicted',
    description: 'Another source tells it differently',
    colour: '#D55E00',
    tint: 'rgba(213, 94, 0, 0.14)',
    underlineStyle: 'wavy',
    icon: '✕',
  },
  corroborated: {
    label: 'Corroborated',
    description: 'Other sources agree',
    colour: '#009E73',
    tint: 'rgba(0, 158, 115, 0.14)',
    underlineStyle: 'solid',
    icon: '✓',
  },
  discussed: {
    label: 'Discussed',
    description: 'Others mention it without taking a side',
    colour: '#0072B2',
    tint: 'rgba(0, 114, 178, 0.12)',
    underlineStyle: 'dashed',
    icon: '…',
  },
  unmatched: {
    label: 'Unmatched',
    description: 'No other source found yet',
    colour: '#6E6E6E',
    tint: 'rgba(110, 110, 110, 0.10)',
    underlineStyle: 'dotted',
    icon: '○',
  },
};

/** Statuses in the order the UI lists them: the ones needing attention first. */
export const statusOrder: readonly ClaimStatus[] = claimStatuses;

/** The name a status's highlight is registered under in `CSS.highlights`. */
export function highlightName(status: ClaimStatus): string {
  return `crosscheck-${status}`;
}

/** The page stylesheet for every status's `::highlight()`, built from `statusStyles`. */
export function highlightCss(): string {
  return statusOrder
    .map((status) => {
      const style = statusStyles[status];
      return (
        `::highlight(${highlightName(status)}) {` +
        ` background-color: ${style.tint};` +
        ` text-decoration: underline ${style.underlineStyle} ${style.colour};` +
        ` text-decoration-thickness: 2px; }`
      );
    })
    .join('\n');
}
