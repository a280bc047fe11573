// Finishes a build in place (trunk's post_build hook; `node tools/postbuild.mjs <dir>` by hand):
//
// 1. Splits the app's WebAssembly into a first load and parts fetched when their pages are first
//    opened (tools/split.mjs), in place of trunk's one module.
// 2. Moves trunk's inline loader script into its own file, so the page's Content-Security-Policy
//    can forbid inline scripts altogether.
// 3. Joins the stylesheets into one file, minified in release builds (tools/styles.mjs).
// 4. Stamps the service worker with this build's file list and a stamp made from the files'
//    bytes: the stamp names the offline cache, and a changed stamp is how browsers learn that a
//    new version exists.
//
// Idempotent: running it again on its own output changes nothing (the split is made only on
// trunk's fresh output, recognised by its inline loader).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { splitApp } from './split.mjs';
import { bundleStyles } from './styles.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node tools/postbuild.mjs <build directory>');
  process.exit(2);
}

const SERVICE_WORKER = 'sw.js';
const BUILD_LINE = /^const BUILD = .*;$/m;

const digest = (algorithm, bytes, encoding = 'hex') => createHash(algorithm).update(bytes).digest(encoding);

async function externaliseLoader() {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (found) {
    const code = `${found[1].trim()}\n`;
    const name = `boot-${digest('sha256', code).slice(0, 16)}.js`;
    await writeFile(join(dir, name), code);
    const integrity = `sha384-${digest('sha384', code, 'base64')}`;
    html = html.replace(inline, `<script type="module" src="/${name}" integrity="${integrity}"></script>`);
    await writeFile(indexPath, html);
  }
  const leftover = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes));
  if (leftover.length > 0) throw new Error(`index.html still has ${leftover.length} inline script(s)`);
}

async function filesUnder(root) {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => path !== SERVICE_WORKER)
    .sort();
}

async function stampServiceWorker() {
  const workerPath = join(dir, SERVICE_WORKER);
  const worker = await readFile(workerPath, 'utf8');
  if (!BUILD_LINE.test(worker)) throw new Error(`${SERVICE_WORKER} has no "const BUILD = …;" line to stamp`);
  const files = await filesUnder(dir);
  const hash = createHash('sha256');
  for (const path of files) {
    hash.update(`${path}\0`);
    hash.update(await readFile(join(dir, path)));
    hash.update('\0');
  }
  const build = { stamp: hash.digest('hex').slice(0, 16), files: files.map((path) => `/${path}`) };
  await writeFile(workerPath, worker.replace(BUILD_LINE, `const BUILD = ${JSON.stringify(build)};`));
  const bytes = (await Promise.all(files.map((path) => readFile(join(dir, path))))).reduce((sum, b) => sum + b.length, 0);
  console.log(`service worker: build ${build.stamp}, ${files.length} files precached (${bytes} bytes)`);
}

const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

async function split() {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  if (!/<script type="module">/.test(html)) return;
  const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const { stem, parts } = await splitApp(dir, { sourceDir, release });
  console.log(`split: ${stem}, ${parts.length} parts fetched when their pages are first opened`);
}

async function styles() {
  const name = await bundleStyles(dir, { release });
  if (name) console.log(`styles: ${name}`);
}

await split();
await externaliseLoader();
await styles();
await stampServiceWorker();
