import type { ConsultationDefinition } from '../question/question.model';

/**
 * `none`: nothing changed. `wording-only`: only texts people read changed (a typo fix, an added
 * English translation), which is allowed and audited once answers exist. `structural`: anything
 * that could change what an answer means or whether it is valid (ids, types, options, bounds,
 * required, conditions, order), which is refused once answers exist.
 */
export type DefinitionChangeKind = 'none' | 'wording-only' | 'structural';

/** The kind of change, with the paths that changed, for the audit log and the refusal message. */
export interface DefinitionDiff {
  kind: DefinitionChangeKind;
  /** E.g. `questions[2].options[1].label`. */
  wordingChanges: string[];
  /** E.g. `questions[4].maxSelections`, or `questions` when items were added or removed. */
  structuralChanges: string[];
}

/** Fields holding a {@link Wording}: everything else is structure. */
const WORDING_FIELDS = new Set([
  'title',
  'description',
  'text',
  'label',
  'placeholder',
  'otherLabel',
  'minLabel',
  'maxLabel',
  'unit',
]);

/**
 * Compares two versions of a consultation. Field order in objects does not matter, and a field set
 * to undefined is the same as an absent one, as in the stored JSON. A label changed from "Oui" to
 * "Non" is still wording: it cannot be told from a typo here, which is why such changes are audited.
 */
export function diffDefinitions(
  before: ConsultationDefinition,
  after: ConsultationDefinition,
): DefinitionDiff {
  const diff: DefinitionDiff = { kind: 'none', wordingChanges: [], structuralChanges: [] };
  compare(before, after, '', diff);
  if (diff.structuralChanges.length > 0) diff.kind = 'structural';
  else if (diff.wordingChanges.length > 0) diff.kind = 'wording-only';
  return diff;
}

function compare(before: unknown, after: unknown, path: string, diff: DefinitionDiff): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return void diff.structuralChanges.push(path);
    before.forEach((item, i) => compare(item, after[i], `${path}[${i}]`, diff));
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (WORDING_FIELDS.has(key)) {
        if (!sameJson(before[key], after[key])) diff.wordingChanges.push(childPath);
      } else {
        compare(before[key], after[key], childPath, diff);
      }
    }
    return;
  }
  if (!sameJson(before, after)) diff.structuralChanges.push(path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values, ignoring field order and undefined fields. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return a === b;
}
