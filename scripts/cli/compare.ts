import { z } from 'zod';
import { compareStance } from '../../lib/stance';
import { CliError, parseJsonLines, printJsonLine, readStdin } from './io';

const compareLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  claim: z.string(),
  evidence: z.string(),
  claimDate: z.string().nullable().optional(),
  evidenceDate: z.string().nullable().optional(),
});

/**
 * `cli compare`: reads `{"id","claim","evidence"}` lines on stdin (optional
 * "claimDate"/"evidenceDate" as YYYY-MM-DD) and prints, per line,
 * `{"id","relation","score","reasons"}`: the evidence's stance towards the claim.
 */
export async function runCompare(args: string[]): Promise<void> {
  if (args.length > 0) throw new CliError(`compare takes no arguments (got "${args[0]}"); it reads JSON lines on stdin`);
  const lines = parseJsonLines(await readStdin(), compareLineSchema, 'stdin');
  for (const line of lines) {
    const stance = compareStance(line.claim, line.evidence, { claimDate: line.claimDate ?? null, evidenceDate: line.evidenceDate ?? null });
    printJsonLine({ id: line.id, relation: stance.relation, score: stance.score, reasons: stance.reasons });
  }
}
