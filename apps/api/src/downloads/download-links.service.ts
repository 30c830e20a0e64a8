import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { DownloadLink } from '@agora/contracts';

import { hashSecretToken, newSecretToken } from '../identity/secret-token.rule';
import { downloadErrors } from './download.errors';

/** How long a link works: long enough to click it, short enough that a copied link is soon useless. */
export const DOWNLOAD_LINK_TTL_SECONDS = 5 * 60;
/** Used and expired links are kept a day (to answer 410 rather than 404), then deleted. */
const KEEP_SPENT_LINKS = '1 day';

/** A file handed to the person who redeems a link. */
export interface DownloadFile {
  filename: string;
  contentType: string;
  content: Buffer | string;
  /** Extra response headers (a fingerprint…). */
  headers?: Record<string, string>;
}

/**
 * Builds the file of a kind for the account that asked for the link, checking its rights again at
 * download time (a role withdrawn in between means no file).
 */
export type DownloadProducer = (
  accountId: string,
  params: Record<string, string>,
  manager: EntityManager,
) => Promise<DownloadFile>;

/**
 * Short-lived single-use links for files that hold personal data. The signed-in request that may
 * read the file creates the link (its policy and the module's checks apply there); the link itself
 * is the credential for one download within five minutes, on any API process.
 */
@Injectable()
export class DownloadLinksService {
  private readonly producers = new Map<string, DownloadProducer>();

  constructor(private readonly dataSource: DataSource) {}

  /** Modules declare the files they serve this way, once, when they start. */
  register(kind: string, producer: DownloadProducer): void {
    if (this.producers.has(kind)) throw new Error(`download kind ${kind} registered twice`);
    this.producers.set(kind, producer);
  }

  async create(accountId: string, kind: string, params: Record<string, string> = {}): Promise<DownloadLink> {
    if (!this.producers.has(kind)) throw new Error(`no producer for download kind ${kind}`);
    const token = newSecretToken();
    const [row] = (await this.dataSource.query(
      `INSERT INTO download_links (token_hash, account_id, kind, params, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       RETURNING expires_at`,
      [hashSecretToken(token), accountId, kind, JSON.stringify(params), DOWNLOAD_LINK_TTL_SECONDS],
    )) as Array<{ expires_at: Date }>;
    await this.dataSource.query(
      `DELETE FROM download_links WHERE expires_at < now() - interval '${KEEP_SPENT_LINKS}'`,
    );
    return { url: `/api/downloads/${token}`, expiresAt: row.expires_at.toISOString() };
  }

  /**
   * Spends the link and builds its file, in one transaction: the row stays locked while the file is
   * built, so two simultaneous clicks (even on two processes) give one file and one 410; a refusal
   * while building (rights withdrawn) leaves the link unspent.
   */
  async redeem(token: string): Promise<DownloadFile> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw downloadErrors.unknown();
    return this.dataSource.transaction(async (manager) => {
      const [link] = (await manager.query(
        `SELECT id, account_id, kind, params, used_at, expires_at <= now() AS expired
           FROM download_links WHERE token_hash = $1 FOR UPDATE`,
        [hashSecretToken(token)],
      )) as Array<{
        id: string;
        account_id: string;
        kind: string;
        params: Record<string, string>;
        used_at: Date | null;
        expired: boolean;
      }>;
      if (!link) throw downloadErrors.unknown();
      if (link.used_at) throw downloadErrors.used();
      if (link.expired) throw downloadErrors.expired();
      const producer = this.producers.get(link.kind);
      if (!producer) throw downloadErrors.unknown();
      await manager.query(`UPDATE download_links SET used_at = now() WHERE id = $1`, [link.id]);
      return producer(link.account_id, link.params, manager);
    });
  }
}
