import { randomBytes } from 'node:crypto';

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { WorkFollowPreferences, WorkFollowState, WorkUnsubscribeResult } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { JobRunner } from '../scheduler/job-runner.service';
import { digestMail, PendingUpdate, updateMail } from './work-mail.template';
import { ALL_WORKS, readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.rule';
import { WORK_RATE_LIMITS } from './work.rate-limits';
import { workErrors } from './work.errors';
import { workFollowersSql } from './work-followers.query';

interface NotificationRow {
  account_id: string;
  email: string;
  work_id: string;
  title: string;
  occurred_on: string;
  text: string;
}

/**
 * Residents following works: follow / unfollow, the automatic follow of funded projects, and the
 * e-mails. The first update of the day reaches a follower at once; any later update that day waits
 * for the daily digest (job `works:daily-digest`), so a busy site does not flood anyone's inbox.
 */
@Injectable()
export class WorkFollowService implements OnModuleInit {
  private key: Buffer | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'works:daily-digest', run: async (manager, now) => void (await this.sendDigests(manager, now)) });
  }

  async follow(accountId: string, workId: string, following: boolean): Promise<WorkFollowState> {
    await this.assertWork(workId);
    await this.dataSource.query(
      `INSERT INTO work_follows (work_id, account_id, following) VALUES ($1, $2, $3)
       ON CONFLICT (work_id, account_id) DO UPDATE SET following = EXCLUDED.following, automatic = false`,
      [workId, accountId, following],
    );
    return { workId, following };
  }

  async preferences(accountId: string): Promise<WorkFollowPreferences> {
    const [row]: Array<{ auto_follow_funded: boolean }> = await this.dataSource.query(`SELECT auto_follow_funded FROM work_follow_preferences WHERE account_id = $1`, [accountId]);
    return { autoFollowFundedProjects: row?.auto_follow_funded ?? true };
  }

  async setPreferences(accountId: string, autoFollowFundedProjects: boolean): Promise<WorkFollowPreferences> {
    await this.dataSource.query(
      `INSERT INTO work_follow_preferences (account_id, auto_follow_funded) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET auto_follow_funded = EXCLUDED.auto_follow_funded, updated_at = now()`,
      [accountId, autoFollowFundedProjects],
    );
    return { autoFollowFundedProjects };
  }

  /**
   * The one-click link of the e-mails: no sign-in, the signed token says who and which work. A
   * digest's token (ALL_WORKS) stops every follow of the account and the automatic follow of funded
   * projects, so the next budget publication does not start the e-mails again.
   */
  async unsubscribe(token: string, ip: string): Promise<WorkUnsubscribeResult> {
    // Only failures count against the address: a good token gives its hit back.
    await this.limits.consume(WORK_RATE_LIMITS.unsubscribeFailuresPerIp, ip);
    const result = await this.stop(token);
    await this.limits.refund(WORK_RATE_LIMITS.unsubscribeFailuresPerIp, ip);
    return result;
  }

  private async stop(token: string): Promise<WorkUnsubscribeResult> {
    const read = readUnsubscribeToken(await this.signingKey(), token);
    if (!read) throw workErrors.badToken();
    if (read.workId === ALL_WORKS) {
      const [account] = await this.dataSource.query(`SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL`, [read.accountId]);
      if (!account) throw workErrors.badToken();
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE work_follows SET following = false WHERE account_id = $1 AND following`, [read.accountId]);
        await manager.query(
          `INSERT INTO work_follow_preferences (account_id, auto_follow_funded) VALUES ($1, false)
           ON CONFLICT (account_id) DO UPDATE SET auto_follow_funded = false, updated_at = now()`,
          [read.accountId],
        );
      });
      return {
        workId: null,
        title: null,
        message: {
          fr: 'Vous ne suivez plus aucun chantier : vous ne recevrez plus d’e-mail sur les travaux.',
          en: 'You no longer follow any works: you will get no more e-mails about works.',
        },
      };
    }
    // A kept "unfollow" row: it also overrides the automatic follow of a funded project.
    const [work]: Array<{ title: string }> = await this.dataSource.query(
      `WITH target AS (SELECT w.id, w.title FROM works w JOIN accounts a ON a.id = $2 AND a.deleted_at IS NULL WHERE w.id = $1),
            stopped AS (INSERT INTO work_follows (work_id, account_id, following) SELECT id, $2, false FROM target
                        ON CONFLICT (work_id, account_id) DO UPDATE SET following = false, automatic = false)
       SELECT title FROM target`,
      [read.workId, read.accountId],
    );
    if (!work) throw workErrors.badToken();
    return {
      workId: read.workId,
      title: work.title,
      message: {
        fr: `Vous ne suivez plus « ${work.title} » : vous ne recevrez plus d’e-mail à son sujet.`,
        en: `You no longer follow "${work.title}": you will get no more e-mails about it.`,
      },
    };
  }

  /**
   * In the transaction that wrote the timeline entry: one notification per follower, sent at once
   * (marked sent) when it is their first of the day, else left for the digest.
   */
  async queue(manager: EntityManager, workId: string, entryId: string): Promise<void> {
    await manager.query(
      `INSERT INTO work_notifications (account_id, entry_id, day, sent_at)
       SELECT f.account_id, $2, current_date,
              CASE WHEN EXISTS (SELECT 1 FROM work_notifications n WHERE n.account_id = f.account_id AND n.day = current_date) THEN NULL ELSE now() END
       FROM (${workFollowersSql('$1')}) f
       ON CONFLICT DO NOTHING`,
      [workId, entryId],
    );
  }

  /** After the commit: mails the notifications of these entries that were to go at once. */
  async announce(entryIds: string[]): Promise<void> {
    if (!entryIds.length) return;
    const rows = await this.notificationRows(this.dataSource.manager, `n.entry_id = ANY($1::uuid[]) AND n.sent_at IS NOT NULL`, [entryIds]);
    const key = await this.signingKey();
    for (const row of rows) {
      await this.mail.sendQuietly(updateMail(row.email, this.pending(row, key), this.config.publicUrl));
    }
  }

  /** One mail per follower with every update of earlier days still waiting. */
  async sendDigests(manager: EntityManager, now: Date): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    const rows = await this.notificationRows(manager, `n.sent_at IS NULL AND n.day < $1::date`, [today]);
    const key = await this.signingKey(manager);
    const byAccount = new Map<string, NotificationRow[]>();
    for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row]);
    for (const [accountId, updates] of byAccount) {
      const stopAll = signUnsubscribeToken(key, ALL_WORKS, accountId);
      await this.mail.sendQuietly(digestMail(updates[0].email, updates.map((row) => this.pending(row, key)), stopAll, this.config.publicUrl));
      await manager.query(`UPDATE work_notifications SET sent_at = now() WHERE account_id = $1 AND sent_at IS NULL AND day < $2::date`, [accountId, today]);
    }
    return byAccount.size;
  }

  private pending(row: NotificationRow, key: Buffer): PendingUpdate {
    return {
      workId: row.work_id,
      title: row.title,
      occurredOn: row.occurred_on,
      text: row.text,
      unsubscribeToken: signUnsubscribeToken(key, row.work_id, row.account_id),
    };
  }

  private notificationRows(manager: EntityManager, where: string, params: unknown[]): Promise<NotificationRow[]> {
    return manager.query(
      `SELECT n.account_id, a.email, e.work_id, w.title, to_char(e.occurred_on, 'YYYY-MM-DD') AS occurred_on, e.text
       FROM work_notifications n JOIN accounts a ON a.id = n.account_id AND a.deleted_at IS NULL
       JOIN work_timeline_entries e ON e.id = n.entry_id JOIN works w ON w.id = e.work_id
       WHERE ${where} ORDER BY n.account_id, e.occurred_on, e.created_at`,
      params,
    );
  }

  private async assertWork(workId: string): Promise<void> {
    if (!isUuid(workId)) throw workErrors.workNotFound();
    const [row] = await this.dataSource.query(`SELECT 1 FROM works WHERE id = $1`, [workId]);
    if (!row) throw workErrors.workNotFound();
  }

  /** The HMAC key of the unsubscribe links, made once per installation and kept in the database. */
  private async signingKey(manager: EntityManager = this.dataSource.manager): Promise<Buffer> {
    if (this.key) return this.key;
    await manager.query(`INSERT INTO work_mail_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [randomBytes(32)]);
    const [row]: Array<{ key: Buffer }> = await manager.query(`SELECT key FROM work_mail_keys WHERE id = 1`);
    this.key = row.key;
    return row.key;
  }
}
