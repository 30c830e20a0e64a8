import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { placeholdersOf } from './message-format';

/**
 * Every key the web app uses must exist in French and in English. Keys are written as whole string
 * literals (`'identity.signIn.title'`), never assembled, so this scan sees all of them.
 */
const root = join(__dirname, '../../../../../..');
const scannedFolders = ['apps/web/src', 'libs/web'];
const NAMESPACES = [
  'common',
  'shell',
  'errors',
  'notFound',
  'forbidden',
  'backOffice',
  'home',
  'identity',
  'account',
  'admin',
  'legal',
  'budgets',
  'consultations',
  'works',
  'ideas',
];
// Single quotes or backticks only: Prettier writes TypeScript strings that way, and in templates a
// double-quoted text is an attribute holding an expression (`"errors.summaryId"`), not a key.
const keyPattern = new RegExp(`(['\`])((?:${NAMESPACES.join('|')})\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\\1`, 'g');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

const files = scannedFolders.flatMap((folder) => filesUnder(join(root, folder)));
const dictionaryFiles = files.filter((file) => file.endsWith('/fr.dictionary.ts'));
const sourceFiles = files.filter(
  (file) =>
    (file.endsWith('.ts') || file.endsWith('.html')) &&
    !file.endsWith('.spec.ts') &&
    !file.endsWith('.dictionary.ts'),
);

type Dictionary = Record<string, string>;
function dictionaryIn(file: string): Dictionary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(file) as Record<string, unknown>);
  if (exported.length !== 1) throw new Error(`${file} must export exactly one dictionary`);
  return exported[0] as Dictionary;
}

const pairs = dictionaryFiles.map((frFile) => ({
  folder: relative(root, dirname(frFile)),
  fr: dictionaryIn(frFile),
  en: dictionaryIn(join(dirname(frFile), 'en.dictionary.ts')),
}));
const fr: Dictionary = Object.assign({}, ...pairs.map((pair) => pair.fr));
const en: Dictionary = Object.assign({}, ...pairs.map((pair) => pair.en));

const usages = new Map<string, string[]>();
for (const file of sourceFiles) {
  for (const match of readFileSync(file, 'utf8').matchAll(keyPattern)) {
    usages.set(match[2], [...(usages.get(match[2]) ?? []), relative(root, file)]);
  }
}

describe('translation dictionaries', () => {
  it('are found in the core lib and in each feature lib', () => {
    expect(pairs.map((pair) => pair.folder)).toEqual(
      expect.arrayContaining(['libs/web/core/src/lib/i18n', 'libs/web/identity/src/lib/i18n']),
    );
  });

  it('have every key used in a template or component in French', () => {
    const missing = [...usages]
      .filter(([key]) => fr[key] === undefined)
      .map(([key, where]) => `${key} (${where[0]})`);
    expect(missing).toEqual([]);
  });

  it('have every key used in a template or component in English', () => {
    const missing = [...usages]
      .filter(([key]) => en[key] === undefined)
      .map(([key, where]) => `${key} (${where[0]})`);
    expect(missing).toEqual([]);
  });

  it('give each French key an English translation and no more', () => {
    for (const pair of pairs) {
      expect({ folder: pair.folder, keys: Object.keys(pair.en).sort() }).toEqual({
        folder: pair.folder,
        keys: Object.keys(pair.fr).sort(),
      });
    }
  });

  it('never define the same key in two libraries', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const pair of pairs) {
      for (const key of Object.keys(pair.fr)) {
        if (seen.has(key)) duplicates.push(`${key}: ${seen.get(key)} and ${pair.folder}`);
        seen.set(key, pair.folder);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(fr).filter(
      (key) => placeholdersOf(fr[key]).join() !== placeholdersOf(en[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = [...Object.entries(fr), ...Object.entries(en)].filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });

  it('hold no key that nothing uses any more', () => {
    const unused = Object.keys(fr).filter((key) => !usages.has(key));
    expect(unused).toEqual([]);
  });
});
