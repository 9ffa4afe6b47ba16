// Bundles the app into dist/, which is committed and embedded in kg: `npm ci && npm run build` makes it again, the
// same bytes, and CI checks that it does. Nothing is fetched at run time.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

await mkdir('dist', { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'eof',
  outfile: 'dist/app.js',
  logLevel: 'warning',
});
await build({ entryPoints: ['src/app.css'], bundle: true, minify: true, outfile: 'dist/app.css', logLevel: 'warning' });
await copyFile('src/index.html', 'dist/index.html');
