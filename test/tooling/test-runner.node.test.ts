// scripts/test.mjs and scripts/chromium.mjs: what a newcomer without Chromium sees, and the
// closing line CI reads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runTests(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/test.mjs', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, stderr: result.stderr, lastLine: lines[lines.length - 1] };
}

describe('npm test without Chromium', () => {
  it('fails at once with the install command and a closing count line', () => {
    const started = Date.now();
    const { status, stderr, lastLine } = runTests(['browser'], { CHROME_PATH: '/nonexistent/chromium' });
    assert.equal(status, 1);
    assert.match(stderr, /apt-get update && apt-get install -y chromium/);
    assert.match(stderr, /CHROME_PATH/);
    assert.equal(lastLine, '0 passed, 1 failed');
    assert.ok(Date.now() - started < 10_000, 'it fails before running any stage');
  });
});

describe('Chromium lookup', () => {
  it('prefers CHROME_PATH and reports a missing one as missing', () => {
    const saved = process.env.CHROME_PATH;
    try {
      process.env.CHROME_PATH = process.execPath; // any existing file will do
      assert.equal(findChromium(), process.execPath);
      process.env.CHROME_PATH = '/nonexistent/chromium';
      assert.equal(findChromium(), undefined);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });

  it('runs headless without the sandbox (root in containers) and without calling home', () => {
    for (const flag of ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update']) {
      assert.ok(chromiumArgs.includes(flag), flag);
    }
  });
});

describe('npm test stage selection', () => {
  it('refuses a path filter that matches no test file instead of passing with nothing run', () => {
    const { status, stderr, lastLine } = runTests(['node', 'tooling/no-such-file'], {});
    assert.equal(status, 1);
    assert.match(stderr, /"tooling\/no-such-file"/);
    assert.equal(lastLine, '0 passed, 1 failed');
  });
});
