import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { IdentityModule } from '../identity/identity.module';
import { DemoAccountsStep } from './demo-accounts.step';
import { DemoTerritoriesStep } from './demo-territories.step';
import { DemoSeeder } from './demo.seeder';

/**
 * Demo data, seeded at start-up in demo mode. Other modules add their own `@DemoSeed()` steps in
 * their own providers; this module only runs them (and seeds the territories and accounts).
 */
@Module({
  imports: [DiscoveryModule, IdentityModule],
  providers: [DemoSeeder, DemoTerritoriesStep, DemoAccountsStep],
  exports: [DemoSeeder],
})
export class DemoModule {}
