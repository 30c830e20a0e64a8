import { createReadStream } from 'node:fs';

import { CountingError, PabulibInstance, PabulibParseError, PabulibParser, tally } from '@agora/vote-counting';

import { formatTallyTable } from './tally.table';
import { parseTallyArguments, UsageError, USAGE } from './tally.options';

export interface TallyIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Streams a `.pb` file through the parser: the text is never held whole. */
export async function readPabulibFile(file: string): Promise<PabulibInstance> {
  const parser = new PabulibParser();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) parser.push(chunk as string);
  return parser.end();
}

/**
 * `npm run tally -- FILE.pb --rule …`: counts a file and prints the funded projects (a table, or
 * with --json exactly one JSON object). Returns the exit code: 0, or 2 for a bad file or option.
 */
export async function runTally(argv: readonly string[], io: TallyIo): Promise<number> {
  let options;
  try {
    options = parseTallyArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tally: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  try {
    const instance = await readPabulibFile(options.file);
    const outcome = tally(instance, {
      rule: options.rule,
      sat: options.sat,
      completion: options.completion,
      tieBreak: options.tieBreak,
    });
    const ms = Math.round(performance.now() - started);
    if (options.json) {
      const selected = [...outcome.selected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      io.stdout(JSON.stringify({ selected, budgetUsed: outcome.budgetUsed, rule: outcome.rule, ms }) + '\n');
    } else {
      io.stdout(formatTallyTable(instance, outcome, ms));
    }
    return 0;
  } catch (error) {
    if (error instanceof PabulibParseError) {
      io.stderr(`tally: ${options.file}: line ${error.line}: ${error.problem}\n`);
      return 2;
    }
    if (error instanceof CountingError) {
      io.stderr(`tally: ${options.file}: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr(`tally: cannot read ${options.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied'}\n`);
      return 2;
    }
    throw error;
  }
}
