import type { WorkDetail, WorkFieldsInput, WorkPlace } from '@agora/contracts';

/** What a number field holds: a number, or null (or '') when empty. */
type NumberField = string | number | null;

/** The editor's fields as the form holds them: text for inputs, '' or null for "not set". */
export interface WorkFormValue {
  territoryId: string;
  title: string;
  category: string;
  status: string;
  statusReason: string;
  progress: NumberField;
  description: string;
  estimatedCost: NumberField;
  estimatedDurationDays: NumberField;
  plannedStartOn: string;
  plannedEndOn: string;
  actualStartOn: string;
  actualEndOn: string;
  budgetLine: string;
  amountSpent: NumberField;
  parentId: string;
}

const euros = (cents: number | null) => (cents === null ? '' : String(cents / 100));
const text = (value: string | number | null) => (value === null ? '' : String(value));

/** An existing work as the editor shows it. */
export function formValueOf(work: WorkDetail): WorkFormValue {
  return {
    territoryId: work.territoryId,
    title: work.title,
    category: work.category,
    status: work.status,
    statusReason: work.statusReason ?? '',
    progress: String(work.progress),
    description: work.description,
    estimatedCost: euros(work.estimatedCostCents),
    estimatedDurationDays: text(work.estimatedDurationDays),
    plannedStartOn: work.plannedStartOn ?? '',
    plannedEndOn: work.plannedEndOn ?? '',
    actualStartOn: work.actualStartOn ?? '',
    actualEndOn: work.actualEndOn ?? '',
    budgetLine: work.budgetLine ?? '',
    amountSpent: euros(work.amountSpentCents),
    parentId: work.parentId ?? '',
  };
}

/** A number field's value as text: Angular gives numbers for `type="number"`, null when empty. */
export function numberText(value: NumberField | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Euros typed in a number field (1250.5) in whole cents; empty is "not set". */
function cents(value: NumberField): number | null {
  const text = numberText(value);
  return text === '' ? null : Math.round(Number(text) * 100);
}

function wholeOrNull(value: NumberField): number | null {
  const text = numberText(value);
  return text === '' ? null : Number(text);
}

/**
 * The fields sent to the API. Empty fields are sent as null so that clearing a date or an amount
 * clears it; a parent work's progress is computed from its children, so it is not sent.
 */
export function workFields(
  value: WorkFormValue,
  place: WorkPlace | null,
  options: { hasChildren: boolean },
): WorkFieldsInput {
  return {
    description: value.description.trim(),
    estimatedCostCents: cents(value.estimatedCost),
    estimatedDurationDays: wholeOrNull(value.estimatedDurationDays),
    place,
    ...(options.hasChildren || numberText(value.progress) === '' ? {} : { progress: Number(value.progress) }),
    plannedStartOn: value.plannedStartOn || null,
    plannedEndOn: value.plannedEndOn || null,
    actualStartOn: value.actualStartOn || null,
    actualEndOn: value.actualEndOn || null,
    budgetLine: value.budgetLine.trim() || null,
    amountSpentCents: cents(value.amountSpent),
    parentId: value.parentId || null,
  };
}
