// Bundles the CLI into dist/ so that the package (and the pre-commit hook) runs without a build step.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });
await build({
  // The CLI (also the pre-commit hook and `shipshape lsp`) and the GitHub Action's entry share chunks.
  entryPoints: { shipshape: 'src/cli/run.ts', action: 'src/action/run.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
