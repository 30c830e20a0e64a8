import { Injectable } from '@nestjs/common';

import { PasswordHasher } from '../identity/password.hasher';
import { DEMO_PEOPLE } from './demo-accounts.data';
import { DemoSeed, DemoSeedContext, DemoSeedStep } from './demo-seed.step';

/**
 * One verified account per role, with its role on the demo territories. An account that exists is
 * left as it is (its password may have been changed since): a second start changes nothing.
 */
@Injectable()
@DemoSeed()
export class DemoAccountsStep implements DemoSeedStep {
  readonly name = 'accounts';
  readonly order = 20;

  constructor(private readonly hasher: PasswordHasher) {}

  async run({ manager, territories, accountIds, accounts }: DemoSeedContext): Promise<void> {
    for (const person of DEMO_PEOPLE) {
      const territoryId = territories.get(person.territorySlug);
      if (!territoryId)
        throw new Error(
          `Demo territory ${person.territorySlug} missing: the territories step must run first`,
        );
      let [account]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM accounts WHERE lower(email) = lower($1)`,
        [person.email],
      );
      if (!account) {
        [account] = await manager.query(
          `INSERT INTO accounts (email, password_hash, display_name, locale, email_verified_at, home_territory_id)
           VALUES ($1, $2, $3, 'fr', now(), $4) RETURNING id`,
          [
            person.email,
            await this.hasher.hash(person.password),
            person.displayName,
            person.homeQuartierSlug ? (territories.get(person.homeQuartierSlug) ?? null) : null,
          ],
        );
      }
      await manager.query(
        `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, role, territory_id) DO NOTHING`,
        [account.id, person.role, territoryId],
      );
      accountIds.set(person.role, account.id);
      accounts.push({ role: person.role, email: person.email, password: person.password });
    }
  }
}
