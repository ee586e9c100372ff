#!/usr/bin/env node
// `npm test`: type check, lint, size budgets, Node tests, browser tests, end-to-end tests, the
// chaos pass — in that order,
// stopping at the first failure. The last line is always `N passed, N failed` (CI reads it).
//
//   node scripts/test.mjs                 every stage
//   node scripts/test.mjs node browser    only those stages
//   node scripts/test.mjs node planner    a stage, only files whose path contains "planner"
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Test files under test/ whose name ends with `suffix`, as paths relative to the root. */
function testFiles(suffix) {
  const dir = join(root, 'test');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(suffix) && !file.split(sep).includes('node_modules'))
    .map((file) => relative(root, join(dir, file)).split(sep).join('/'))
    .sort();
}

// Node's spec reporter closes with `ℹ pass N` / `ℹ fail N` / `ℹ cancelled N`.
function countNodeRunner(output) {
  const pick = (word) => Number(output.match(new RegExp(`^ℹ ${word} (\\d+)$`, 'm'))?.[1] ?? NaN);
  // A test cancelled by a timeout or a crash of its file did not pass: count it as failed.
  return { passed: pick('pass'), failed: pick('fail') + (pick('cancelled') || 0) };
}

// Node 20 applies --test-timeout to each file as a whole too, so it bounds a file's total time.
function nodeTestStage(name, suffix, timeoutMs) {
  return {
    name,
    needsBrowser: name === 'e2e' || name === 'chaos',
    files: () => testFiles(suffix),
    command: (files) => [
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-concurrency=2',
        `--test-timeout=${timeoutMs}`,
        ...files,
      ],
    ],
    count: countNodeRunner,
  };
}

const stages = [
  {
    name: 'typecheck',
    command: () => [bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  },
  {
    name: 'lint',
    command: () => [bin('eslint'), ['--max-warnings=0', '.']],
  },
  {
    // The size budgets (scripts/size.mjs prints the table): over budget fails the run.
    name: 'size',
    command: () => [process.execPath, [join(root, 'scripts', 'size.mjs')]],
  },
  nodeTestStage('node', '.node.test.ts', 180_000),
  {
    name: 'browser',
    needsBrowser: true,
    files: () => testFiles('.browser.test.ts'),
    // The config's summary reporter writes the counts to this file.
    command: (files, summaryFile) => [
      bin('web-test-runner'),
      ['--config', 'web-test-runner.config.mjs', ...files],
      { SPLIT_SHIP_WTR_SUMMARY: summaryFile },
    ],
    count: (_output, summaryFile) => {
      if (!existsSync(summaryFile)) return { passed: NaN, failed: NaN };
      return JSON.parse(readFileSync(summaryFile, 'utf8'));
    },
  },
  nodeTestStage('e2e', '.e2e.test.ts', 300_000),
  // 200 seeded chaos runs per gateway (REST in Chromium, GraphQL in Node): a stage of its own, after
  // the end-to-end tests, so its CPU does not slow their fault-injected waits.
  nodeTestStage('chaos', '.chaos.test.ts', 300_000),
];

function run(file, args, extraEnv) {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
    child.on('error', (error) => {
      output += String(error);
      process.stderr.write(`${error}\n`);
      resolve({ code: 1, output });
    });
  });
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

async function main() {
  const args = process.argv.slice(2);
  const names = new Set(stages.map((stage) => stage.name));
  const chosen = args.filter((arg) => names.has(arg));
  const filters = args.filter((arg) => !names.has(arg));
  const selected = chosen.length ? stages.filter((stage) => chosen.includes(stage.name)) : stages;

  if (selected.some((stage) => stage.needsBrowser) && !findChromium()) {
    console.error(`\n${missingChromiumMessage()}\n`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  // A mistyped filter must not pass as "0 tests, all fine".
  const matching = (stage) => (stage.files?.() ?? []).filter((file) => filters.every((f) => file.includes(f)));
  if (filters.length > 0 && selected.every((stage) => matching(stage).length === 0)) {
    console.error(`No test file in the chosen stages has a path containing ${filters.map((f) => `"${f}"`).join(' and ')}.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'split-ship-test-'));
  const summary = [];
  let passed = 0;
  let failed = 0;
  try {
    for (const stage of selected) {
      let files = [];
      if (stage.files) {
        files = matching(stage);
        if (files.length === 0) {
          summary.push(`  ${stage.name.padEnd(10)} skipped (no test files)`);
          continue;
        }
      }
      console.log(`\n━━ ${stage.name} ━━${files.length ? ` (${files.length} files)` : ''}`);
      const summaryFile = join(scratch, `${stage.name}.json`);
      const [file, commandArgs, env] = stage.command(files, summaryFile);
      const started = Date.now();
      const { code, output } = await run(file, commandArgs, env);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const counts = stage.count?.(stripAnsi(output), summaryFile);
      const counted = counts && Number.isFinite(counts.passed) && Number.isFinite(counts.failed);
      if (counted) {
        passed += counts.passed;
        failed += counts.failed;
      }
      if (code === 0) {
        if (!counted) passed += 1; // a stage without test counts (type check, lint) is one check
        summary.push(`  ${stage.name.padEnd(10)} ok  ${seconds}s${counted ? `  ${counts.passed} passed` : ''}`);
        continue;
      }
      // A non-zero exit with no failed test counted (a crash, a type error) is still a failure.
      if (!counted || counts.failed === 0) failed += 1;
      summary.push(`  ${stage.name.padEnd(10)} FAILED (exit ${code}) ${seconds}s${counted ? `  ${counts.failed} failed` : ''}`);
      const rest = selected.slice(selected.indexOf(stage) + 1).map((s) => s.name);
      if (rest.length) summary.push(`  not run: ${rest.join(', ')}`);
      break;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\n━━ summary ━━\n${summary.join('\n')}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

await main();
