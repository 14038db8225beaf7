/**
 * A page claim's overall status, worst news first. Kept free of zod so page-side views can
 * import it without pulling the validators into the page's bundle.
 */
export const claimStatuses = ['contradicted', 'corroborated', 'discussed', 'unmatched'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
