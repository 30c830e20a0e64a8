import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// `npx tsx tools/bench/vote-casting/cpu-profile.summary.ts DIR_OR_FILE [--top 40]`
// Reads a V8 CPU profile (node --cpu-prof, as written by BENCH_CPU_PROFILE=DIR npm run bench:vote-casting)
// and prints where the API process spent its time: self time by package or source area, then the
// busiest functions. Idle time (waiting for PostgreSQL or the network) is shown apart.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (node_modules/<name>) or our own source area a frame belongs to. */
export function areaOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(program)') return '(program: V8/native)';
    return '(native)';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = /(apps\/api\/src\/[^/]+|libs\/[^/]+\/[^/]+)/.exec(url);
  if (own) return own[1];
  if (url.includes('dist/apps/api')) return 'api bundle (other)';
  return url;
}

function profileFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return files[0];
}

function main(): void {
  const file = profileFile(process.argv[2] ?? '.');
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 40;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const area = areaOf(url, functionName);
    total += micros;
    if (area === '(idle)') {
      idle += micros;
      continue;
    }
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const key = `${functionName || '(anonymous)'}  ${area}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const busy = total - idle;
  const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(7);
  const pct = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %`;
  console.log(`${file}\n  wall ${ms(total)} ms, busy ${ms(busy)} ms, idle ${ms(idle)} ms`);
  console.log('\nSelf time by area (share of busy time):');
  for (const [area, micros] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${pct(micros)} ${ms(micros)} ms  ${area}`);
  console.log(`\nTop ${top} functions by self time:`);
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(micros)} ${ms(micros)} ms  ${name}`);
}

main();
