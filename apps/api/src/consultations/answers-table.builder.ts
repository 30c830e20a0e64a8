import {
  isQuestion,
  textAnswerId,
  type ConsultationDefinition,
  type Question,
} from '@agora/consultation-rules';

/** One exported response: random id, day and quartier, then its answers. No account, no exact time. */
export interface ExportedResponse {
  id: string;
  answers: Record<string, unknown>;
  quartierName: string | null;
  submittedOn: string;
}

/** The answers as a table, one row per response, one or more columns per question. */
export interface AnswersTable {
  header: string[];
  rows: Array<Array<string | number>>;
}

/** One column of the table: its heading and how to read it from a response. */
interface Column {
  heading: string;
  read(answers: Record<string, unknown>, responseId: string): string | number;
}

/**
 * Builds the open-data table of a consultation. Labels are the French wording (the source language),
 * multiple values are joined with " | ", and texts staff hid (personal data) are left blank.
 */
export function buildAnswersTable(
  definition: ConsultationDefinition,
  responses: ExportedResponse[],
  hiddenTextIds: ReadonlySet<string>,
): AnswersTable {
  const columns = definition.questions.filter(isQuestion).flatMap((q) => columnsOf(q, hiddenTextIds));
  return {
    header: ['response_id', 'submitted_on', 'quartier', ...columns.map((c) => c.heading)],
    rows: responses.map((r) => [
      r.id,
      r.submittedOn,
      r.quartierName ?? '',
      ...columns.map((c) => c.read(r.answers, r.id)),
    ]),
  };
}

const JOIN = ' | ';

function columnsOf(q: Question, hidden: ReadonlySet<string>): Column[] {
  const heading = `${q.id} — ${q.title.fr}`;
  const text = (value: unknown, responseId: string) =>
    typeof value === 'string' && !hidden.has(textAnswerId(responseId, q.id)) ? value : '';
  const label = (options: Array<{ id: string; label: { fr: string } }>) => (id: unknown) =>
    options.find((o) => o.id === id)?.label.fr ?? '';
  switch (q.type) {
    case 'short-text':
    case 'long-text':
      return [{ heading, read: (a, id) => text(a[q.id], id) }];
    case 'single-choice':
    case 'dropdown': {
      const name = label(q.options);
      return [
        {
          heading,
          read: (a, id) => {
            const v = a[q.id] as { optionId?: string; other?: string } | undefined;
            if (!v) return '';
            return v.optionId !== undefined
              ? name(v.optionId)
              : text(v.other, id) && `Autre : ${text(v.other, id)}`;
          },
        },
      ];
    }
    case 'multiple-choice': {
      const name = label(q.options);
      return [
        {
          heading,
          read: (a, id) => {
            const v = a[q.id] as { optionIds?: string[]; other?: string } | undefined;
            if (!v) return '';
            const other = text(v.other, id);
            return [...(v.optionIds ?? []).map(name), ...(other ? [`Autre : ${other}`] : [])].join(JOIN);
          },
        },
      ];
    }
    case 'ranking': {
      const name = label(q.items);
      return [
        { heading, read: (a) => (Array.isArray(a[q.id]) ? (a[q.id] as string[]).map(name).join(JOIN) : '') },
      ];
    }
    case 'matrix': {
      const name = label(q.columns);
      return q.rows.map((row) => ({
        heading: `${heading} — ${row.label.fr}`,
        read: (a) => {
          const v = a[q.id] as Record<string, string[]> | undefined;
          return v?.[row.id] ? v[row.id].map(name).join(JOIN) : '';
        },
      }));
    }
    case 'map-point':
      return [
        {
          heading: `${heading} — longitude`,
          read: (a) => (a[q.id] as { lng?: number } | undefined)?.lng ?? '',
        },
        {
          heading: `${heading} — latitude`,
          read: (a) => (a[q.id] as { lat?: number } | undefined)?.lat ?? '',
        },
      ];
    case 'yes-no':
      return [{ heading, read: (a) => (a[q.id] === true ? 'Oui' : a[q.id] === false ? 'Non' : '') }];
    case 'date':
      return [{ heading, read: (a) => (typeof a[q.id] === 'string' ? (a[q.id] as string) : '') }];
    default:
      // linear scale, rating, number
      return [{ heading, read: (a) => (typeof a[q.id] === 'number' ? (a[q.id] as number) : '') }];
  }
}

/**
 * CSV as French spreadsheets open it: `;` separators, UTF-8 with a BOM, CRLF lines. A cell that a
 * spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function toCsv(table: AnswersTable): string {
  const cell = (value: string | number) => {
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + [table.header, ...table.rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
