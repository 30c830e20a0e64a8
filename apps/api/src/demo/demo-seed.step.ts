import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

import type { RoleName } from '@agora/contracts';

/** A demo account printed at start-up in demo mode (and listed in DEMO_ACCOUNTS.md). */
export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** What the steps share while seeding, inside one transaction. */
export interface DemoSeedContext {
  manager: EntityManager;
  /** Territory ids by slug (e.g. `metropole-de-demo`), filled by the territories step. */
  territories: Map<string, string>;
  /** Account ids of the demo people by role, filled by the accounts step. */
  accountIds: Map<RoleName, string>;
  /** The accounts to print at start-up. */
  accounts: DemoAccount[];
}

/**
 * One part of the demo data. A module adds its own (a budget vote, a consultation…) by putting a
 * provider marked `@DemoSeed()` in its providers: the seeder finds every such provider at start-up,
 * the NestJS equivalent of a multi-provider, and runs them by ascending `order` (territories are 10,
 * accounts 20; later modules use 100 and up). A step must be idempotent: use natural keys (slugs,
 * e-mails, titles) and leave what already exists untouched.
 *
 * @example
 * @Injectable() @DemoSeed()
 * export class DemoBudgetStep implements DemoSeedStep {
 *   readonly name = 'budget'; readonly order = 100;
 *   async run({ manager, territories }: DemoSeedContext) { … territories.get('beaulieu-sur-lierre') … }
 * }
 */
export interface DemoSeedStep {
  readonly name: string;
  readonly order: number;
  run(context: DemoSeedContext): Promise<void>;
}

/** Marks a provider implementing `DemoSeedStep`. */
export const DemoSeed = DiscoveryService.createDecorator<void>();
