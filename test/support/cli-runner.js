// Runs the publishers' validator as a real process for the CLI tests (`run-cli` command):
// `node bin/ruta-widgets.js …` in a fresh temporary folder holding the files the test asks for.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '../../bin/ruta-widgets.js');

/**
 * `dirs` makes empty folders (`['feeds']`); a file name may hold folders (`'feeds/a.json'`).
 * @param {{ args: string[], files?: Record<string, string>, bigFiles?: Record<string, number>, dirs?: string[], env?: Record<string, string> }} payload
 */
export async function runCli(payload) {
  const dir = await mkdtemp(join(tmpdir(), 'ruta-cli-'));
  try {
    for (const name of payload.dirs ?? []) await mkdir(join(dir, name), { recursive: true });
    for (const [name, text] of Object.entries(payload.files ?? {})) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    // Large files are made here, not sent from the browser: `{ "big.json": 50 * 2**20 }`.
    for (const [name, bytes] of Object.entries(payload.bigFiles ?? {})) {
      const chunk = ' '.repeat(1 << 20);
      let text = '{"version":1,"pad":"';
      while (text.length < bytes) text += chunk;
      await writeFile(join(dir, name), text + '"}');
    }
    return await new Promise((done, fail) => {
      const child = spawn(process.execPath, [bin, ...payload.args], {
        cwd: dir,
        env: { ...process.env, LANG: 'C', ...(payload.env ?? {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
