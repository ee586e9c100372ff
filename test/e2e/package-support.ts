// What the tests of the package as its users install it share: npm pack into a folder, installs
// at this lock file's versions, and waiting for a started server to say where it listens.
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };

/** `name@version` as this project's lock file has it (a fresh project installs what was tested here). */
export const locked = (name: string) => `${name}@${lock.packages[`node_modules/${name}`]!.version}`;

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', ...env } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `npm pack` (prepack builds) into `folder`: the tarball's file name and the files it holds. */
export function pack(folder: string): { filename: string; files: { path: string }[] } {
  // prepack's build prints to stdout too; npm's JSON is the last thing written.
  const out = sh('npm', ['pack', '--json', '--pack-destination', folder], root);
  return (JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1)) as { filename: string; files: { path: string }[] }[])[0]!;
}

/** The URL a server prints when it listens (the first group of `pattern` on its stdout). */
export function announced(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = out.match(pattern)?.[1];
      if (url) resolve(url);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += String(chunk)));
    child.once('exit', (code) => reject(new Error(`${child.spawnargs.join(' ')} exited (${code}): ${out}`)));
  });
}
