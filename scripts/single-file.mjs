// The single files and their SRI hashes, shared by `npm run build` and `npm run size`:
//   dist/split-ship.js           a Stencil theme's or a checkout's one file: the REST API only
//   dist/split-ship-headless.js  a headless storefront's: the GraphQL Storefront API only, no SDK
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/** The Subresource Integrity value BigCommerce asks for (Script Manager, custom checkouts). */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export const singleFiles = { rest: 'split-ship.js', headless: 'split-ship-headless.js' };

/** A plugin that loads other text for the source files named by their path's end. */
const replacing = (name, modules) => ({
  name,
  load(id) {
    const path = id.replace(/\\/g, '/');
    const end = Object.keys(modules).find((file) => path.endsWith(file));
    return end ? modules[end] : null;
  },
});

/**
 * Leaves the GraphQL gateway out of the REST file: the build flag says so (the widget then tells a
 * page that sets graphql-endpoint to load the headless file) and the gateway becomes a stub. The
 * SDK gateway is imported, not loaded on demand: the file holds it anyway, and a dynamic import
 * would wrap the SDK's modules in lazy initialisers (measured: 2.9 KB gzip more).
 */
const restOnly = replacing('split-ship-rest-only', {
  '/src/controllers/build.ts': 'export const graphqlIncluded = false; export const restIncluded = true;',
  '/src/gateway/graphql-gateway.ts': "export function connectGraphQL() { throw new Error('split-ship.js has no GraphQL gateway: load split-ship-headless.js'); }",
  '/src/gateway/rest.ts': "export { connectSdk as connectRest } from './sdk-gateway.ts';",
});

/**
 * Leaves the checkout SDK out of the headless file: a page on another origin talks GraphQL (the
 * SDK cannot reach the REST API from there), and a page that sets no graphql-endpoint is told to
 * load split-ship.js.
 */
const graphqlOnly = replacing('split-ship-graphql-only', {
  '/src/controllers/build.ts': 'export const graphqlIncluded = true; export const restIncluded = false;',
  '/src/gateway/rest.ts': "export function connectRest() { throw new Error('split-ship-headless.js has no REST gateway: load split-ship.js'); }",
});

/**
 * Minifies the html`` and css`` templates of the elements (whitespace, comments, CSS), which the
 * JavaScript minifier leaves as written. Conservative: a run of whitespace becomes one space, never
 * none, so text around an expression or between inline elements reads as written. Measured: the
 * single files 1.0 KB gzip smaller. The ESM build stays as tsc writes it (Lit's advice for packages).
 */
const minifyTemplates = {
  name: 'split-ship-minify-templates',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/src\/(components|controllers|i18n)\/.+\.ts$/.test(id.replace(/\\/g, '/'))) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true, removeEmptyAttributes: false } });
    return result && { code: result.code, map: result.map };
  },
};

/** Vite configuration of one single file: everything in one module, minified. */
export function singleFileConfig(rootDir, kind = 'rest', outDir = join(rootDir, 'dist')) {
  return {
    configFile: false,
    root: rootDir,
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyTemplates, kind === 'rest' ? restOnly : graphqlOnly],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      // The SDK alone is ~180 KB gzip; Vite's 500 KB warning is about minified bytes, expected here.
      chunkSizeWarningLimit: 1200,
      // Not library mode: there Vite leaves whitespace in ES output (to keep pure annotations).
      rolldownOptions: {
        input: join(rootDir, 'src/define.ts'),
        preserveEntrySignatures: 'strict',
        // The translations are dynamic imports; a script tag gets one file, so they come inline.
        output: { format: 'es', entryFileNames: singleFiles[kind], codeSplitting: false },
      },
    },
  };
}
