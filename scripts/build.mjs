// Bundles the package into dist/ so that it (and the pre-commit hook and the Action) runs without a build step.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', minify: false, legalComments: 'none', logLevel: 'warning' };

// Everything the package runs, as one CommonJS file: the launchers compile it through V8's code cache
// (src/launch/code-cache.ts), which Node 20 offers for scripts, not for ES modules. Lazily imported
// modules (the language server, formatters) stay uncompiled until used, as they did as chunks.
await build({
  ...common,
  entryPoints: { cli: 'src/bundle.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__shipshapeBundleUrl' },
  banner: { js: "'use strict';\nvar __shipshapeBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Non-ASCII characters are left only in comments (esbuild escapes them in code); escaped there too,
// the bundle is ASCII, which the launcher reads without decoding UTF-8.
const bundleFile = path.join(outdir, 'cli.cjs');
const bundle = readFileSync(bundleFile, 'utf8').replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundleFile, bundle);

// The launchers: dist/shipshape.cjs (bin/shipshape.cjs, pre-commit, the language server) and
// dist/action.cjs (action.yml). CommonJS too: an ES module entry costs Node's module loader, 7 ms of a
// small run. They know the bundle's hash, which names its code cache, so they need not hash it each run.
await build({
  ...common,
  entryPoints: { shipshape: 'src/launch/cli.ts', action: 'src/launch/action.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: {
    'import.meta.url': '__shipshapeLauncherUrl',
    __SHIPSHAPE_BUNDLE_KEY__: JSON.stringify(createHash('sha1').update(bundle).digest('base64url')),
  },
  banner: { js: "'use strict';\nvar __shipshapeLauncherUrl = require('node:url').pathToFileURL(__filename).href;" },
});
