/**
 * Who follows a work, as SQL (the work's id is the parameter named by `workParam`, e.g. `$1`).
 *
 * Two kinds of followers:
 * - explicit: a row in `work_follows` (follow button, idea author); `following = false` is a kept
 *   "unfollow" that also overrides the automatic follow below;
 * - automatic: for a work made from a funded budget project, everyone in the participation
 *   register of that project's envelope (the register says who voted, never for what, so they
 *   follow every funded project of the envelope), unless they turned the automatic follow off.
 *
 * The automatic ones are derived, never copied: publishing a 250,000-voter budget with 40 funded
 * projects would otherwise write ten million rows inside the publication's transaction.
 */
export function workFollowersSql(workParam: string): string {
  return `
    SELECT f.account_id FROM work_follows f WHERE f.work_id = ${workParam} AND f.following
    UNION
    SELECT r.account_id
      FROM works w
      JOIN ballot_projects bp ON bp.id = w.source_ballot_project_id
      JOIN participations r ON r.budget_id = bp.budget_id AND r.account_id IS NOT NULL
      LEFT JOIN work_follow_preferences p ON p.account_id = r.account_id
     WHERE w.id = ${workParam}
       AND coalesce(p.auto_follow_funded, true)
       AND NOT EXISTS (SELECT 1 FROM work_follows x WHERE x.work_id = w.id AND x.account_id = r.account_id)`;
}

/** The works an account follows (explicitly or automatically), for its "my data" export. */
export const FOLLOWED_BY_ACCOUNT_SQL = `
    SELECT w.title, f.following, f.automatic, f.created_at AS "since"
      FROM work_follows f JOIN works w ON w.id = f.work_id WHERE f.account_id = $1
    UNION ALL
    SELECT w.title, true AS following, true AS automatic, w.created_at AS "since"
      FROM participations r
      JOIN ballot_projects bp ON bp.budget_id = r.budget_id
      JOIN works w ON w.source_ballot_project_id = bp.id
      LEFT JOIN work_follow_preferences p ON p.account_id = r.account_id
     WHERE r.account_id = $1 AND coalesce(p.auto_follow_funded, true)
       AND NOT EXISTS (SELECT 1 FROM work_follows x WHERE x.work_id = w.id AND x.account_id = r.account_id)
    ORDER BY "since"`;
