import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

import {
  buildCountingProfile,
  Completion,
  pricingWork,
  resetPricingWork,
  RuleName,
  SatisfactionKind,
  tallyProfile,
} from '@agora/vote-counting';

import { readPabulibFile } from '../../tally/tally.command';
import { generateApprovalElection, MILLION_VOTERS } from './bench-instance.generator';

/**
 * `npm run bench:tally`: time and peak memory of each counting rule on the largest shared real
 * instances and on a generated election of 1,000,000 voters × 200 projects. Each measurement runs
 * in its own child process, so that its peak resident memory (maxRSS) is its own and not the
 * leftovers of the previous rule. Figures are printed, never asserted (see CONVENTIONS.md).
 */
interface Case {
  readonly rule: RuleName;
  readonly sat: SatisfactionKind;
  readonly completion: Completion;
}

interface Measure {
  /** Wall times (ms) of each phase: streaming the file through the parser, building the compact profile, counting. */
  readonly parseMs: number;
  readonly profileMs: number;
  readonly countMs: number;
  /** CPU time (ms) of the same phases: less sensitive than wall time to a busy machine. */
  readonly parseCpuMs: number;
  readonly profileCpuMs: number;
  readonly countCpuMs: number;
  readonly peakMb: number;
  readonly funded: number;
  readonly runs: number;
  /** Supporter entries read by the pricing of the Method of Equal Shares (an operation count). */
  readonly entries: number;
  /** Supporter entries visited to pay for funded projects (an operation count). */
  readonly payments: number;
  /** One-minute load average when the measure ended. */
  readonly load: number;
}

const CASES: Case[] = [
  { rule: 'greedy', sat: 'cost', completion: 'none' },
  { rule: 'greedy', sat: 'cardinality', completion: 'none' },
  { rule: 'greedy-no-skip', sat: 'cost', completion: 'none' },
  { rule: 'mes', sat: 'cost', completion: 'none' },
  { rule: 'mes', sat: 'cardinality', completion: 'none' },
  { rule: 'mes', sat: 'cost', completion: 'add1' },
  { rule: 'mes', sat: 'cost', completion: 'add1-greedy' },
];

const DATA = resolve(__dirname, '../../../../shared/data/pabulib');

/** Child: parse one file (streamed), count one rule, report the figures as JSON. */
async function child(
  file: string,
  rule: RuleName,
  sat: SatisfactionKind,
  completion: Completion,
): Promise<void> {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const started = performance.now();
  const startedCpu = cpu();
  const instance = await readPabulibFile(file);
  const parsed = performance.now();
  const parsedCpu = cpu();
  const profile = buildCountingProfile(instance, sat, { supporterLists: rule === 'mes' });
  const built = performance.now();
  const builtCpu = cpu();
  resetPricingWork();
  const outcome = tallyProfile(profile, { rule, sat, completion, tieBreak: 'id' });
  const counted = performance.now();
  const countedCpu = cpu();
  const measure: Measure = {
    parseMs: parsed - started,
    profileMs: built - parsed,
    countMs: counted - built,
    parseCpuMs: parsedCpu - startedCpu,
    profileCpuMs: builtCpu - parsedCpu,
    countCpuMs: countedCpu - builtCpu,
    peakMb: process.resourceUsage().maxRSS / 1024,
    funded: outcome.selected.length,
    runs: outcome.mes?.runs ?? 0,
    entries: pricingWork.entries,
    payments: pricingWork.payments,
    load: loadavg()[0],
  };
  process.stdout.write(JSON.stringify(measure));
}

function measure(file: string, c: Case): Measure {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, __filename, '--child', file, c.rule, c.sat, c.completion],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(output) as Measure;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');
}

/** `--instance TEXT` and `--rule TEXT` keep only the instances and rules whose label contains TEXT. */
function filter(flag: string): string | null {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? '') : null;
}

function main(): void {
  const instances: [string, string][] = [
    ['Kraków 2021 (51,229 voters × 99, ordinal)', resolve(DATA, 'Poland_Krakow_2021.pb')],
    ['Warszawa Mokotów 2023 (11,067 × 81, approval)', resolve(DATA, 'Poland_Warszawa_2023_Mokotow.pb')],
  ];
  const onlyInstance = filter('--instance');
  const onlyRule = filter('--rule');
  const generated = `generated (1,000,000 × 200, approval, ~${MILLION_VOTERS.approvals} each)`;
  if (onlyInstance === null || generated.includes(onlyInstance)) {
    process.stdout.write(
      `generating ${MILLION_VOTERS.voters.toLocaleString('en')} voters × ${MILLION_VOTERS.projects} projects…\n`,
    );
    instances.push([generated, generateApprovalElection(MILLION_VOTERS)]);
  }

  const widths = [48, 26, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 5, 8, 8, 5];
  process.stdout.write(
    `\nNode ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n` +
      'Each line is its own process. Wall times in ms: parse (streaming the file), profile (building the compact\n' +
      'profile the rules count on), count (the rule), total = parse + profile + count; cpu = CPU time of the phase;\n' +
      'peak = max resident memory of the process (MB); priced / paid = supporter entries read by equal-shares\n' +
      'pricing / visited to pay for funded projects (operation counts, comparable on a busy machine);\n' +
      'load = 1-minute load average at the end of the line (figures taken above ~1.5 on this machine are noisy).\n\n',
  );
  process.stdout.write(
    row(
      [
        'instance',
        'rule',
        'parse',
        'cpu',
        'profile',
        'cpu',
        'count',
        'cpu',
        'total',
        'cpu',
        'peak',
        'funded',
        'runs',
        'priced',
        'paid',
        'load',
      ],
      widths,
    ) + '\n',
  );
  for (const [label, file] of instances) {
    if (onlyInstance !== null && !label.includes(onlyInstance)) continue;
    for (const c of CASES) {
      const name = c.rule === 'mes' ? `mes ${c.sat} ${c.completion}` : `${c.rule} ${c.sat}`;
      if (onlyRule !== null && !name.includes(onlyRule)) continue;
      const m = measure(file, c);
      const ms = (value: number) => value.toFixed(0);
      process.stdout.write(
        row(
          [
            label,
            name,
            ms(m.parseMs),
            ms(m.parseCpuMs),
            ms(m.profileMs),
            ms(m.profileCpuMs),
            ms(m.countMs),
            ms(m.countCpuMs),
            ms(m.parseMs + m.profileMs + m.countMs),
            ms(m.parseCpuMs + m.profileCpuMs + m.countCpuMs),
            ms(m.peakMb),
            m.funded,
            m.runs || '',
            m.entries ? (m.entries / 1e6).toFixed(1) + 'M' : '',
            m.payments ? (m.payments / 1e6).toFixed(1) + 'M' : '',
            m.load.toFixed(1),
          ],
          widths,
        ) + '\n',
      );
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  child(args[1], args[2] as RuleName, args[3] as SatisfactionKind, args[4] as Completion).catch(
    (error: unknown) => {
      process.stderr.write(String(error instanceof Error ? error.stack : error) + '\n');
      process.exitCode = 1;
    },
  );
} else {
  main();
}
