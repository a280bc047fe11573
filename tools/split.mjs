// Cuts the app's WebAssembly into a first load and parts fetched when their pages are first
// opened (the split points are `lazy_pages!` in src/ui/routes.rs), in place of the one module
// trunk built. Run by tools/postbuild.mjs, after trunk's own build:
//
// 1. `wasm-split-cli` splits the linked wasm (built with `--emit-relocs`, .cargo/config.toml)
//    into the main module, one part per group of pages, and parts shared by several groups,
//    plus the small script that fetches and links them.
// 2. `wasm-bindgen` makes the main module's JavaScript, as trunk would have, keeping the
//    function table the parts link into (`--keep-lld-exports`).
// 3. `wasm-opt -Oz` shrinks every module, esbuild the two scripts (release builds).
// 4. Every file is named after one stamp of the whole build, trunk's two files are replaced,
//    and index.html's loader and preload links (with their integrity hashes) point at the new
//    ones.
//
// The tools are the pinned ones the Makefile installs: wasm-split-cli and wasm-bindgen from
// crates.io, wasm-opt from npm's binaryen, esbuild from npm.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';

const run = promisify(execFile);
const APP = 'tsunagu';
const SPLIT_LOADER = '__wasm_split.js';
// The features rustc's wasm32 output uses; wasm-opt must accept them all.
const WASM_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

/** The same module, minified: its exports, and the import object's keys, keep their names. */
const minifyScript = async (code) => (await transform(code, { loader: 'js', format: 'esm', minify: true, logLevel: 'error' })).code;

const digest = (algorithm, bytes, encoding = 'hex') => createHash(algorithm).update(bytes).digest(encoding);

/** Runs `tasks` (functions returning promises), at most `limit` at a time. */
async function inParallel(tasks, limit) {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length > 0) await queue.shift()();
  });
  await Promise.all(workers);
}

async function targetDirectory(sourceDir) {
  const { stdout } = await run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], {
    cwd: sourceDir, maxBuffer: 64 << 20,
  });
  return JSON.parse(stdout).target_directory;
}

/**
 * Splits the build in `dir` (trunk's staging directory) built from `sourceDir`; `release`
 * says whether to shrink the modules. Returns the names of the new files.
 */
export async function splitApp(dir, { sourceDir, release }) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const built = html.match(new RegExp(`/(${APP}-[0-9a-f]+)\\.js`));
  if (!built) throw new Error(`index.html loads no ${APP}-*.js`);
  const oldStem = built[1];

  const profile = release ? 'release' : 'debug';
  const linked = join(await targetDirectory(sourceDir), 'wasm32-unknown-unknown', profile, `${APP}.wasm`);
  const work = await mkdtemp(join(tmpdir(), `${APP}-split-`));
  try {
    await run('wasm-split-cli', [linked, work, '--out-name', APP]);
    await run('wasm-bindgen', [
      '--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', join(work, 'bindgen'), '--out-name', APP,
      join(work, `${APP}.wasm`),
    ]);
    const parts = (await readdir(work)).filter((name) => name.endsWith('.wasm') && name !== `${APP}.wasm`);
    const modules = [join(work, 'bindgen', `${APP}_bg.wasm`), ...parts.map((name) => join(work, name))];
    if (release) {
      const wasmOpt = join(sourceDir, 'node_modules', '.bin', 'wasm-opt');
      await inParallel(
        modules.map((path) => () => run(wasmOpt, ['-Oz', ...WASM_FEATURES, path, '-o', path], { maxBuffer: 64 << 20 })),
        Math.max(1, cpus().length),
      );
    }

    // One stamp for the whole build: the files name one another, so no file's own hash can.
    const stampHash = createHash('sha256');
    for (const path of modules) stampHash.update(await readFile(path));
    const stamp = stampHash.digest('hex').slice(0, 16);
    const stem = `${APP}-${stamp}`;
    const loaderName = `${stem}-split.js`;
    const partName = (name) => `${stem}-${name}`;

    let script = await readFile(join(work, 'bindgen', `${APP}.js`), 'utf8');
    // Only where the script imports the loader: the import object's keys stay the module name
    // the wasm asks for.
    script = script.replaceAll(`from "./${SPLIT_LOADER}"`, `from "./${loaderName}"`);
    let loader = await readFile(join(work, SPLIT_LOADER), 'utf8');
    loader = loader.replaceAll(`"./${APP}.js"`, `"./${stem}.js"`);
    for (const name of parts) loader = loader.replaceAll(`"./${name}"`, `"./${partName(name)}"`);
    if (release) [script, loader] = await Promise.all([minifyScript(script), minifyScript(loader)]);

    for (const name of await readdir(dir)) {
      if (name.startsWith(`${APP}-`) && (name.endsWith('.js') || name.endsWith('.wasm'))) await rm(join(dir, name));
    }
    const mainWasm = await readFile(join(work, 'bindgen', `${APP}_bg.wasm`));
    await writeFile(join(dir, `${stem}.js`), script);
    await writeFile(join(dir, `${stem}_bg.wasm`), mainWasm);
    await writeFile(join(dir, loaderName), loader);
    for (const name of parts) await writeFile(join(dir, partName(name)), await readFile(join(work, name)));

    const integrity = (bytes) => `sha384-${digest('sha384', bytes, 'base64')}`;
    html = html.replaceAll(oldStem, stem);
    html = html.replace(
      new RegExp(`(href="/${stem}\\.js"[^>]*integrity=")[^"]*`),
      `$1${integrity(script)}`,
    );
    html = html.replace(
      new RegExp(`(href="/${stem}_bg\\.wasm"[^>]*integrity=")[^"]*`),
      `$1${integrity(mainWasm)}`,
    );
    await writeFile(indexPath, html);
    return { stem, parts: parts.map(partName) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
