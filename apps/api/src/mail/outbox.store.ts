import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Inject, Injectable } from '@nestjs/common';

import type { OutboxMail } from '@agora/contracts';

import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { linksIn, OutgoingMail } from './mail.template';

/** How many mails the outbox lists: enough to find one's own, small enough to read every time. */
const LISTED = 200;

/**
 * Mails written as JSON files under $AGORA_DATA_DIR/outbox when no SMTP server is configured, so a
 * newcomer (or a browser test) can follow the links. File names sort by time.
 */
@Injectable()
export class OutboxStore {
  private sequence = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get dir(): string {
    return join(this.config.dataDir, 'outbox');
  }

  async write(mail: OutgoingMail): Promise<OutboxMail> {
    const sentAt = new Date();
    const id = randomUUID();
    const stored: OutboxMail = { id, ...mail, links: linksIn(mail.text), sentAt: sentAt.toISOString() };
    await mkdir(this.dir, { recursive: true });
    // The sequence keeps the order of mails written by this process within the same millisecond.
    const stamp = `${sentAt.toISOString().replace(/[:.]/g, '-')}-${String(this.sequence++ % 1e6).padStart(6, '0')}`;
    await writeFile(join(this.dir, `${stamp}-${id}.json`), JSON.stringify(stored, null, 2), { mode: 0o600 });
    return stored;
  }

  /** Newest first. */
  async list(): Promise<OutboxMail[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const newest = names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, LISTED);
    const mails = await Promise.all(
      newest.map(async (name) => {
        try {
          return JSON.parse(await readFile(join(this.dir, name), 'utf8')) as OutboxMail;
        } catch {
          return null; // a file being written by another process, or not ours
        }
      }),
    );
    return mails.filter((mail): mail is OutboxMail => mail !== null);
  }
}
