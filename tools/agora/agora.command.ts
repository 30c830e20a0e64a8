import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CountingRule } from '@agora/contracts';

import type { ImportSummary } from '../../apps/api/src/budgets/pabulib-transfer.service';

/** What the commands need from the application (the Nest context in agora.cli.ts, fakes in tests). */
export interface AgoraServices {
  importPabulib(text: string, territorySlug: string, options: { slug?: string; title?: string; rule?: CountingRule }): Promise<ImportSummary>;
  exportPabulib(processIdOrSlug: string): Promise<Array<{ filename: string; content: string }>>;
}

export interface AgoraIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage:
  npm run agora -- import-pabulib FICHIER.pb --territory SLUG [--slug SLUG] [--title TITRE] [--rule greedy|mes]
      Crée une démarche close avec les projets et bulletins du fichier, et la dépouille.
      Creates a closed budget process with the file's projects and ballots, and counts it.
  npm run agora -- export-pabulib PROCESS_ID_OR_SLUG [--out DOSSIER]
      Écrit un fichier .pb par enveloppe / writes one .pb file per envelope.
Base de données / database: DATABASE_URL, sinon PostgreSQL embarqué dans $AGORA_DATA_DIR (arrêtez d'abord le serveur).
`;

function options(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) flags.set(args[i].slice(2), args[++i] ?? '');
    else positional.push(args[i]);
  }
  return { positional, flags };
}

/** Parses the command line and runs one command; returns the exit code. */
export async function runAgora(argv: string[], io: AgoraIo, services: () => Promise<AgoraServices>): Promise<number> {
  const [command, ...rest] = argv;
  const { positional, flags } = options(rest);
  if (command === 'import-pabulib') {
    const territory = flags.get('territory');
    const rule = flags.get('rule');
    if (positional.length !== 1 || !territory || (rule && rule !== 'greedy' && rule !== 'mes')) {
      io.stderr(USAGE);
      return 2;
    }
    const text = await readFile(positional[0], 'utf8');
    const summary = await (await services()).importPabulib(text, territory, {
      slug: flags.get('slug'),
      title: flags.get('title'),
      rule: rule as CountingRule | undefined,
    });
    io.stdout(
      `Démarche importée / process imported: ${summary.processId} (${summary.slug})\n` +
        `  ${summary.projects} projets / projects, ${summary.ballots} bulletins / ballots\n` +
        `  Projets retenus (ids du fichier) / funded projects (file ids): ${summary.selected.join(', ') || '—'}\n`,
    );
    return 0;
  }
  if (command === 'export-pabulib') {
    if (positional.length !== 1) {
      io.stderr(USAGE);
      return 2;
    }
    const out = flags.get('out') ?? '.';
    for (const file of await (await services()).exportPabulib(positional[0])) {
      const path = join(out, file.filename);
      await writeFile(path, file.content, 'utf8');
      io.stdout(`${path}  sha256=${createHash('sha256').update(file.content).digest('hex')}\n`);
    }
    return 0;
  }
  io.stderr(USAGE);
  return command === undefined || command === '--help' ? 0 : 2;
}
