import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * A domain that holds personal data about a person (ballots, proposals, comments…) contributes its
 * part to the "my data" export. Implement this on a provider, mark the class with
 * `@ContributesPersonalData()` and list it in its module's providers: the identity module finds every
 * such provider at start-up (the NestJS equivalent of a multi-provider), no import of identity needed.
 *
 * @example
 * @Injectable() @ContributesPersonalData()
 * export class BallotPersonalData implements PersonalDataContributor {
 *   readonly section = 'ballots';
 *   collect(accountId: string, manager: EntityManager) { return manager.query('SELECT … WHERE account_id = $1', [accountId]); }
 * }
 */
export interface PersonalDataContributor {
  /** Key of this domain's part in the export, e.g. `ballots`; unique across the application. */
  readonly section: string;
  /** Everything this domain holds about the person, as plain JSON. */
  collect(accountId: string, manager: EntityManager): Promise<unknown>;
}

/**
 * A domain that must act when an account is erased: delete what is personal, anonymise what stays
 * (a proposal keeps its text, loses its author's name). Runs inside the erasure's transaction, before
 * the account's own columns are cleared; throw to abort the whole erasure.
 */
export interface AccountErasureHook {
  eraseAccount(accountId: string, manager: EntityManager): Promise<void>;
}

/** Marks a provider implementing `PersonalDataContributor`. */
export const ContributesPersonalData = DiscoveryService.createDecorator<void>();

/** Marks a provider implementing `AccountErasureHook`. */
export const ErasesPersonalData = DiscoveryService.createDecorator<void>();
