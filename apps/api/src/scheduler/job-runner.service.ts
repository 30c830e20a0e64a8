import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app.config';

/** A periodic task (e.g. open the vote phase when its date comes). It must be idempotent. */
export interface ScheduledJob {
  /** Stable name; also the advisory-lock key, so one process at a time runs it. */
  name: string;
  run(manager: EntityManager, now: Date): Promise<void>;
}

/**
 * Runs the registered jobs every `jobsIntervalSeconds` in every API process; a PostgreSQL advisory
 * lock taken inside each job's transaction makes sure only one process runs a given job at a time,
 * and the work it does commits or rolls back with it.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobRunner');
  private readonly jobs = new Map<string, ScheduledJob>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} registered twice`);
    this.jobs.set(job.name, job);
  }

  onApplicationBootstrap(): void {
    if (this.config.jobsIntervalSeconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.jobsIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs every job once (the timer calls this; tests call it directly). Returns the names that ran. */
  async runAll(now = new Date()): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs.values()) {
      if (await this.runOne(job, now)) ran.push(job.name);
    }
    return ran;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runAll()
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`Scheduled jobs failed: ${error.message}`))
      .finally(() => (this.running = null));
    await this.running;
  }

  private async runOne(job: ScheduledJob, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`agora:job:${job.name}`]);
      if (!locked) return false;
      await job.run(manager, now);
      return true;
    });
  }
}
