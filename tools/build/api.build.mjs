// Bundles the NestJS API into dist/apps/api/main.js. esbuild does the bundling and path aliases;
// SWC compiles each TypeScript file first because esbuild cannot emit decorator metadata, which
// NestJS dependency injection and class-validator need. node_modules stay external.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { transform } from '@swc/core';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsconfig = JSON.parse(await readFile(resolve(root, 'tsconfig.base.json'), 'utf8'));
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [name, resolve(root, target)]),
);

const swcDecorators = {
  name: 'swc-decorators',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@agora\// }, (args) => (aliases[args.path] ? { path: aliases[args.path] } : undefined));
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const output = await transform(source, {
        filename: args.path,
        sourceMaps: 'inline',
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
        },
        // CommonJS output: decorator metadata keeps references to imported interfaces (e.g. a
        // constructor parameter typed AppConfig), which ES module linking would reject as missing exports.
        module: { type: 'commonjs' },
      });
      return { contents: output.code, loader: 'js' };
    });
  },
};

const entries = process.argv.slice(2);
await build({
  entryPoints: entries.length ? Object.fromEntries(entries.map((e) => e.split('='))) : { main: 'apps/api/src/main.ts' },
  absWorkingDir: root,
  outdir: 'dist/apps/api',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  keepNames: true,
  logLevel: 'warning',
  plugins: [swcDecorators],
});
console.log('API built: dist/apps/api');
