import { CreateTerritoriesAndAccounts1763800000000 } from './1763800000000-CreateTerritoriesAndAccounts';

// Every migration, in order. Listed explicitly (no glob) so that the bundled server, the tests and the
// CLI run exactly the same set. Never edit a migration that has landed: add a new one.
export const migrations: Function[] = [CreateTerritoriesAndAccounts1763800000000];
