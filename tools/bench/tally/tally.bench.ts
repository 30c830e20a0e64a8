import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

import { buildCountingProfile, Completion, RuleName, SatisfactionKind, tallyProfile } from '@agora/vote-counting';

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
  readonly parseMs: number;
  readonly countMs: number;
  /** CPU time of the count in this process: less sensitive than wall time to a busy machine. */
  readonly countCpuMs: number;
  readonly peakMb: number;
  readonly funded: number;
  readonly runs: number;
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
async function child(file: string, rule: RuleName, sat: SatisfactionKind, completion: Completion): Promise<void> {
  const started = performance.now();
  const instance = await readPabulibFile(file);
  const parsed = performance.now();
  const cpu = process.cpuUsage();
  const profile = buildCountingProfile(instance, sat, { supporterLists: rule === 'mes' });
  const outcome = tallyProfile(profile, { rule, sat, completion, tieBreak: 'id' });
  const counted = performance.now();
  const measure: Measure = {
    parseMs: parsed - started,
    countMs: counted - parsed,
    countCpuMs: process.cpuUsage(cpu).user / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    funded: outcome.selected.length,
    runs: outcome.mes?.runs ?? 0,
  };
  process.stdout.write(JSON.stringify(measure));
}

function measure(file: string, c: Case): Measure {
  const output = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', file, c.rule, c.sat, c.completion], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as Measure;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
}

function main(): void {
  const instances: [string, string][] = [
    ['Kraków 2021 (51,229 voters × 99, ordinal)', resolve(DATA, 'Poland_Krakow_2021.pb')],
    ['Warszawa Mokotów 2023 (11,067 × 81, approval)', resolve(DATA, 'Poland_Warszawa_2023_Mokotow.pb')],
  ];
  process.stdout.write(`generating ${MILLION_VOTERS.voters.toLocaleString('en')} voters × ${MILLION_VOTERS.projects} projects…\n`);
  instances.push([`generated (1,000,000 × 200, approval, ~${MILLION_VOTERS.approvals} each)`, generateApprovalElection(MILLION_VOTERS)]);

  const widths = [48, 26, 9, 9, 9, 9, 7, 6];
  const load = loadavg()[0].toFixed(1);
  process.stdout.write(
    `\nNode ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${load}; times in ms ` +
      '(count includes building the compact profile; cpu = its CPU time), peak = max resident memory of the process\n\n',
  );
  process.stdout.write(row(['instance', 'rule', 'parse', 'count', 'cpu', 'peak MB', 'funded', 'runs'], widths) + '\n');
  for (const [label, file] of instances) {
    for (const c of CASES) {
      const m = measure(file, c);
      const name = c.rule === 'mes' ? `mes ${c.sat} ${c.completion}` : `${c.rule} ${c.sat}`;
      process.stdout.write(
        row([label, name, m.parseMs.toFixed(0), m.countMs.toFixed(0), m.countCpuMs.toFixed(0), m.peakMb.toFixed(0), m.funded, m.runs || ''], widths) +
          '\n',
      );
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  child(args[1], args[2] as RuleName, args[3] as SatisfactionKind, args[4] as Completion).catch((error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error) + '\n');
    process.exitCode = 1;
  });
} else {
  main();
}
