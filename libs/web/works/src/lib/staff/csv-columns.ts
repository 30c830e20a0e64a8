import type { WORK_CSV_COLUMNS } from '@agora/contracts';

/**
 * The columns of the works CSV, shown to staff before an import. A copy (the web imports only types
 * from the contracts); `satisfies` keeps it identical to the API's list, order included.
 */
export const CSV_COLUMNS = [
  'id',
  'territory_id',
  'title',
  'category',
  'status',
  'status_reason',
  'progress',
  'estimated_cost_eur',
  'estimated_duration_days',
  'planned_start_on',
  'planned_end_on',
  'actual_start_on',
  'actual_end_on',
  'budget_line',
  'amount_spent_eur',
  'place',
  'description',
] as const satisfies typeof WORK_CSV_COLUMNS;
