import {
  Completion,
  COMPLETIONS,
  RULE_NAMES,
  RuleName,
  SATISFACTION_KINDS,
  SatisfactionKind,
  TIE_BREAKS,
  TieBreak,
} from '@agora/vote-counting';

export interface TallyCliOptions {
  readonly file: string;
  readonly rule: RuleName;
  readonly sat: SatisfactionKind;
  readonly completion: Completion;
  readonly tieBreak: TieBreak;
  readonly json: boolean;
}

export const USAGE = `usage: npm run tally -- FILE.pb --rule greedy|greedy-no-skip|mes
         [--sat cost|cardinality|points] [--completion none|add1|add1-greedy]
         [--tie-break default|id] [--json]`;

/** A wrong command line: the CLI prints the message and the usage, and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value (${allowed.join(', ')})`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** Parses the arguments after `npm run tally --`; accepts `--flag value` and `--flag=value`. */
export function parseTallyArguments(argv: readonly string[]): TallyCliOptions {
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  let file: string | undefined;
  let rule: RuleName | undefined;
  let sat: SatisfactionKind = 'cost';
  let completion: Completion | undefined;
  let tieBreak: TieBreak = 'default';
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    switch (arg) {
      case '--rule':
        rule = choice(arg, args[++i], RULE_NAMES);
        break;
      case '--sat':
        sat = choice(arg, args[++i], SATISFACTION_KINDS);
        break;
      case '--completion':
        completion = choice(arg, args[++i], COMPLETIONS);
        break;
      case '--tie-break':
        tieBreak = choice(arg, args[++i], TIE_BREAKS);
        break;
      case '--json':
        json = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError(`one file only (got "${file}" and "${arg}")`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('no .pb file given');
  if (rule === undefined) throw new UsageError('--rule is required');
  if (completion !== undefined && completion !== 'none' && rule !== 'mes') {
    throw new UsageError(`--completion ${completion} only applies to --rule mes`);
  }
  return { file, rule, sat, completion: completion ?? 'none', tieBreak, json };
}
