import type { Reason } from '../model/stance';

/**
 * One thing the rules noticed between claim and evidence: a reason to show,
 * and whether it makes the two incompatible, bears the claim out, or only informs.
 */
export interface Finding {
  reason: Reason;
  effect: 'conflict' | 'support' | 'inform';
  /** True when read from shared words alone, without a recognised event, count or identity. */
  loose?: boolean;
}

/** Builds a finding. */
export function finding(effect: Finding['effect'], kind: Reason['kind'], claimSide: string, evidenceSide: string, note: string): Finding {
  return { effect, reason: { kind, claimSide, evidenceSide, note } };
}
