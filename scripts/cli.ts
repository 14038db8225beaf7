import { CliError } from './cli/io';
import { runExtract } from './cli/extract';
import { runRank } from './cli/rank';
import { runCompare } from './cli/compare';

const usage = `usage:
  cli extract [FILE...]              attributed claims, one JSON line per file (stdin when no FILE)
  cli rank --known KNOWN.jsonl [--top N]   rank known claims for each query line on stdin
  cli compare                        stance of each {"id","claim","evidence"} line on stdin`;

const commands: Record<string, (args: string[]) => Promise<void>> = {
  extract: runExtract,
  rank: runRank,
  compare: runCompare,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) throw new CliError(name ? `unknown command "${name}"\n${usage}` : usage);
  await command(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`crosscheck: ${error.message}\n`);
  } else {
    process.stderr.write(`crosscheck: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
