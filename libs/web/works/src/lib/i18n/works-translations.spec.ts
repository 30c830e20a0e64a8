import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { worksEn } from './en.dictionary';
import { worksFr } from './fr.dictionary';

/**
 * The works pages' own check, runnable alone: every `works.*` key written in the lib's templates and
 * components exists in French and English with the same placeholders, and no key is left unused.
 * (The core spec checks all libraries together.)
 */
const lib = join(__dirname, '..');
// The core lib (Angular) cannot load under Jest here; `{name}` placeholders are simple to list.
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keyPattern = /(['`])(works\.[A-Za-z0-9_.-]*[A-Za-z0-9])\1/g;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    const kept = /\.(ts|html)$/.test(entry.name) && !/\.(spec|dictionary)\.ts$/.test(entry.name);
    return kept ? [path] : [];
  });
}

const used = new Set(
  sources(lib).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(keyPattern)].map((m) => m[2])),
);
const fr: Record<string, string> = worksFr;
const en: Record<string, string> = worksEn;

describe('works translations', () => {
  it('have every key used by the pages in French', () => {
    expect([...used].filter((key) => fr[key] === undefined)).toEqual([]);
  });

  it('have every key used by the pages in English', () => {
    expect([...used].filter((key) => en[key] === undefined)).toEqual([]);
  });

  it('hold no key that no page uses', () => {
    expect(Object.keys(fr).filter((key) => !used.has(key))).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(fr).filter(
      (key) => placeholdersOf(fr[key]).join() !== placeholdersOf(en[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
