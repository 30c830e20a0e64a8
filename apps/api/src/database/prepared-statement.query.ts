import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * One statement of a hot path (finding a session, casting a ballot) run as a named prepared
 * statement on the pool TypeORM opened: PostgreSQL parses it once per connection and may keep a
 * generic plan instead of planning it on every request, and the call skips TypeORM's query runner.
 * Outside transactions only (the statement is its own). `name` must be unique to `text`.
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  // TypeORM's PostgreSQL driver keeps its pg pool as `master` (no read replicas configured here).
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<T>({ name, text, values });
  return result.rows;
}
