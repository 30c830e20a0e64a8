/**
 * The SQL every read of a voter's eligibility shares (the ballot page, "may I vote?", the cast), as
 * common table expressions of a `WITH RECURSIVE` query whose $1 is the process:
 * - `acc`: each voter's account (`account_id`, `verified`, `home`), their census entry in this process
 *   (`census_id`, `census_quartier`, `census_hash`) and their age fact (`age`, JSON), for the accounts
 *   `accounts` selects (an SQL condition on `a.id`);
 * - `chain`: for each of them, the territory they live in (their census quartier, else their home) and
 *   its ancestors, nearest first (`account_id`, `id`, `parent_id`, `name`, `depth`).
 * Read as eligibility.service.ts's factsFor and online-vote.reader.ts's factsOf expect.
 */
export function voterFactsCtes(accounts: string): string {
  return `acc AS (
    SELECT a.id AS account_id, a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL AS verified, a.home_territory_id AS home,
           c.id AS census_id, c.quartier_id AS census_quartier, c.identity_hash AS census_hash,
           json_build_object('source', f.source, 'minimumAge', f.minimum_age, 'reachedOn', to_char(f.reached_on, 'YYYY-MM-DD')) AS age
    FROM accounts a LEFT JOIN census_entries c ON c.matched_by = a.id AND c.process_id = $1
    LEFT JOIN voter_age_facts f ON f.account_id = a.id AND f.process_id = $1
    WHERE ${accounts}
  ), chain AS (
    SELECT acc.account_id, t.id, t.parent_id, t.name, 0 AS depth FROM acc JOIN territories t ON t.id = coalesce(acc.census_quartier, acc.home)
    UNION ALL
    SELECT c.account_id, t.id, t.parent_id, t.name, c.depth + 1 FROM territories t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 20
  )`;
}
