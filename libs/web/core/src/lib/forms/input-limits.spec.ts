import 'reflect-metadata';

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import * as contracts from '@agora/contracts';

import * as limits from './input-limits';

describe('input limits', () => {
  it('match the password lengths of the contracts', () => {
    expect([limits.PASSWORD_MIN_LENGTH, limits.PASSWORD_MAX_LENGTH]).toEqual([
      contracts.PASSWORD_MIN_LENGTH,
      contracts.PASSWORD_MAX_LENGTH,
    ]);
  });

  it('match the slug and INSEE patterns of the contracts', () => {
    expect([limits.SLUG_PATTERN.source, limits.INSEE_PATTERN.source]).toEqual([
      contracts.SLUG_PATTERN.source,
      contracts.INSEE_PATTERN.source,
    ]);
  });
});

describe('imports of @agora/contracts in the web app', () => {
  const root = join(__dirname, '../../../../../..');
  const filesUnder = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
    );

  it('are type-only, so no decorator or validator reaches the browser', () => {
    const offenders = ['apps/web/src', 'libs/web']
      .flatMap((folder) => filesUnder(join(root, folder)))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .filter((file) => /import\s+(?!type\b)[^;]*from\s+'@agora\/contracts'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
