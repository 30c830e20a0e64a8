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

// Files whose import() must stay Node's own: they load an ES module known only at run time (the
// Angular server bundle, dist/apps/web/server/server.mjs), which require() cannot load everywhere.
// Elsewhere SWC keeps turning import() into require(), as the bundled packages expect.
const nativeDynamicImport = new Set([resolve(root, 'apps/api/src/web-app/server-page.renderer.ts')]);

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
        module: { type: 'commonjs', ignoreDynamic: nativeDynamicImport.has(args.path) },
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
