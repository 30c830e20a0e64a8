/**
 * Everything needed to label a form control and tie its hint and error to it with
 * `aria-describedby`. Ids: the control has `id`, the hint `${id}-hint`, the error `${id}-error`.
 */
export interface FieldView {
  id: string;
  label: string;
  hint: string | null;
  error: string | null;
  /** e.g. "(facultatif)"; fields are required unless they say so. */
  optionalText: string | null;
  describedBy: string | null;
  invalid: 'true' | null;
}

export interface ErrorSummaryItem {
  /** The id of the control to focus, or null for a problem that belongs to no field. */
  fieldId: string | null;
  text: string;
}
