import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { DemoAccount, DemoSeed, DemoSeedContext, DemoSeedStep } from './demo-seed.step';

/** Runs every `@DemoSeed()` step in one transaction, one process at a time. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
  ) {}

  steps(): DemoSeedStep[] {
    return this.discovery
      .getProviders({ metadataKey: DemoSeed.KEY })
      .map((wrapper) => wrapper.instance as DemoSeedStep)
      .filter((step) => step && typeof step.run === 'function')
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  }

  async run(): Promise<DemoAccount[]> {
    const steps = this.steps();
    return this.dataSource.transaction(async (manager) => {
      // Two API processes starting together would otherwise both find the demo missing.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('agora:demo-seed'))`);
      const context: DemoSeedContext = {
        manager,
        territories: new Map(),
        accountIds: new Map(),
        accounts: [],
      };
      for (const step of steps) await step.run(context);
      return context.accounts;
    });
  }
}
