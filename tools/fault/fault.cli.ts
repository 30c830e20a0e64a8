import { startCluster } from '../cluster/cluster.runtime';
import { bruteForce } from './brute-force.fault';
import { castRace } from './cast-race.fault';
import { channels } from './channels.fault';
import { crash } from './crash.fault';
import { connect } from './fault.seed';
import { knapsackRace } from './knapsack-race.fault';
import { live } from './live.fault';
import { workers } from './workers.fault';

// `npm run fault [-- <scenario>… --repeat N]`: starts the two-process cluster behind nginx and runs
// the scenarios (default: all), printing figures. Exit code 1 when a check fails.
const SCENARIOS = [castRace, knapsackRace, channels, bruteForce, live, workers, crash];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : undefined;
  const names = args.filter((arg, i) => !arg.startsWith('--') && (repeatAt < 0 || i !== repeatAt + 1));
  const unknown = names.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length)
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  const chosen = names.length ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;

  const cluster = await startCluster({ proxyPort: Number(process.env['FAULT_PORT'] ?? 3220) });
  const db = await connect(cluster.databaseUrl);
  db.on('error', () => undefined); // the crash scenario restarts PostgreSQL under this connection
  const results: Array<[string, boolean, number]> = [];
  try {
    for (const scenario of chosen) {
      console.log(`\n▶ ${scenario.name}: ${scenario.summary}`);
      const started = Date.now();
      let ok = false;
      try {
        ok = await scenario.run({ cluster, db, repeat });
      } catch (error) {
        console.log(`  FAIL ${String(error instanceof Error ? error.stack : error)}`);
      }
      results.push([scenario.name, ok, (Date.now() - started) / 1000]);
    }
  } finally {
    await db.end().catch(() => undefined);
    await cluster.stop();
  }
  console.log('\nFault tests:');
  for (const [name, ok, seconds] of results)
    console.log(`  ${ok ? 'PASS' : 'FAIL'} ${name.padEnd(14)} ${seconds.toFixed(1)} s`);
  process.exit(results.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
