import type { PageRequest, TextEntry, TextPage } from './results.model';

/**
 * Id of the free text a response gave to a question (its text answer or its "Autre" text). Staff
 * hide texts by this id; it names the response, which is random, never the person.
 */
export function textAnswerId(responseId: string, questionId: string): string {
  return `${responseId}:${questionId}`;
}

interface CollectedText extends TextEntry {
  submittedAt: string;
}

/** The free texts of one question, kept so a page can be cut from them newest first. */
export class TextCollector {
  private readonly texts: CollectedText[] = [];
  private sorted = true;

  add(id: string, text: string, submittedAt: string): void {
    this.texts.push({ id, text, submittedAt });
    this.sorted = false;
  }

  /** The page asked for, without the hidden texts. */
  page(hidden: ReadonlySet<string>, request: PageRequest): TextPage {
    if (!this.sorted) {
      // Newest first for moderation, then by id, so the order never depends on arrival order.
      this.texts.sort((a, b) => compareStrings(b.submittedAt, a.submittedAt) || compareStrings(a.id, b.id));
      this.sorted = true;
    }
    const shown = this.texts.filter((t) => !hidden.has(t.id));
    const offset = wholeAtLeastZero(request.offset);
    const limit = wholeAtLeastZero(request.limit);
    return {
      total: shown.length,
      hidden: this.texts.length - shown.length,
      offset,
      limit,
      items: shown.slice(offset, offset + limit).map(({ id, text }) => ({ id, text })),
    };
  }
}

/** Code-unit order, the same on every machine (localeCompare depends on the installed locales). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function wholeAtLeastZero(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}
