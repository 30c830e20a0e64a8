import { startCluster } from './cluster.runtime';

// `npm run cluster [-- --port 3210 --processes 2]`: PostgreSQL (embedded unless DATABASE_URL), migrations,
// N API processes and nginx as a round-robin reverse proxy in front. Ctrl-C stops everything cleanly.
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const cluster = await startCluster({ proxyPort: arg('port', 3210), apiCount: arg('processes', 2) });
  console.log(`Agora: ${cluster.url}  (Ctrl-C to stop)`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    console.log('Cluster stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
