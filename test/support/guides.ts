// The runnable code of a guide: its fenced blocks whose info string names a file
// (```js file=checkout.js), by file name. Tests write them out and run them as a reader would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The named code blocks of a page under docs/ (`headless.md`, `guides/custom-checkout.md`). */
export function docFiles(path: string): Record<string, string> {
  const text = readFileSync(fileURLToPath(new URL(`../../docs/${path}`, import.meta.url)), 'utf8');
  const files: Record<string, string> = {};
  for (const match of text.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)) files[match[1]!] = match[2]!;
  if (Object.keys(files).length === 0) throw new Error(`docs/${path} has no code blocks with file=`);
  return files;
}

/** The named code blocks of a guide in docs/guides/. */
export function guideFiles(name: string): Record<string, string> {
  return docFiles(`guides/${name}`);
}
