// The single-file bundle (dist/split-ship.js) and its SRI hash, shared by `npm run build` and
// `npm run size`.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The Subresource Integrity value BigCommerce asks for (Script Manager, custom checkouts). */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Vite (library mode) configuration of the single file: everything in one module, minified. */
export function singleFileConfig(rootDir, outDir = join(rootDir, 'dist')) {
  return {
    configFile: false,
    root: rootDir,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      // The SDK alone is ~210 KB gzip; Vite's 500 KB warning is about minified bytes, expected here.
      chunkSizeWarningLimit: 1200,
      // Not library mode: there Vite leaves whitespace in ES output (to keep pure annotations).
      rolldownOptions: {
        input: join(rootDir, 'src/define.ts'),
        preserveEntrySignatures: 'strict',
        // The translations are dynamic imports; a script tag gets one file, so they come inline.
        output: { format: 'es', entryFileNames: 'split-ship.js', codeSplitting: false },
      },
    },
  };
}
