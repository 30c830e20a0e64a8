/**
 * French alphabetical order for names (territories, quartiers), as `Intl.Collator('fr', { sensitivity:
 * 'base', numeric: true })` sorts them: accents and case do not count ("Écoles" next to "ecoles"), œ
 * and æ read as oe and ae, numbers compare by value ("Quartier 2" before "Quartier 10").
 * Written by hand because a browser builds its first collator in 15–30 ms (it loads the collation
 * data) on the main thread while a page starts (issue 7); name-order.spec.ts checks it against Intl.
 */
export function compareNames(a: string, b: string): number {
  const left = sortKey(a);
  const right = sortKey(b);
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const leftDigits = digitRun(left, i);
    const rightDigits = digitRun(right, j);
    if (leftDigits && rightDigits) {
      const byValue = compareNumerals(leftDigits, rightDigits);
      if (byValue) return byValue;
      i += leftDigits.length;
      j += rightDigits.length;
      continue;
    }
    const byChar = rank(left.charCodeAt(i)) - rank(right.charCodeAt(j));
    if (byChar) return byChar;
    i++;
    j++;
  }
  return left.length - i - (right.length - j);
}

const keys = new Map<string, string>();

function sortKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss');
    if (keys.size > 5_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function digitRun(text: string, from: number): string {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return text.slice(from, end);
}

function compareNumerals(a: string, b: string): number {
  const left = a.replace(/^0+(?=\d)/, '');
  const right = b.replace(/^0+(?=\d)/, '');
  return left.length - right.length || (left < right ? -1 : left > right ? 1 : 0);
}

/** Spaces, then punctuation and symbols, then digits, then letters, as in Unicode's collation. */
function rank(code: number): number {
  if (code === 32 || code === 0xa0 || code === 0x202f) return 0;
  if (code >= 48 && code <= 57) return 0x10000 + code;
  if ((code >= 97 && code <= 122) || code > 0x7f) return 0x20000 + code;
  return 0x100 + code;
}
