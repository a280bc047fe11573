// "Deploying a new version" for tests: a copy of the release build with one change, finished
// by the same post-build step as a real build (so its service worker gets a new stamp).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const made = [];

/** Removes the builds made by `nextBuild`. */
export async function removeBuilds() {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The stamp the build in `dir` gave its service worker. */
export async function stampOf(dir) {
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(worker.match(/^const BUILD = (.*);$/m)[1]).stamp;
}

/** A new build whose page carries `<meta name="build-note" content={note}>`. */
export async function nextBuild(note) {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-build-'));
  made.push(dir);
  await cp(resolve('dist'), dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('<head>', `<head>\n    <meta name="build-note" content="${note}">`));
  await promisify(execFile)('node', ['tools/postbuild.mjs', dir]);
  return { dir, stamp: await stampOf(dir) };
}
