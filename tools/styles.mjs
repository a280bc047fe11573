// Joins the stylesheets trunk copied (one per file in style/, each linked from index.html) into
// one, minified in release builds, in place of the separate files. One file compresses far
// better than ten (gzip finds the repeated property names across all of them) and is one
// request instead of ten; the sources stay one file per purpose.
//
// Run by tools/postbuild.mjs. The order of the links is kept, so the cascade is unchanged.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const BUNDLE = 'style';
const STYLESHEET = /[ \t]*<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>\n?/g;

const digest = (algorithm, bytes, encoding = 'hex') => createHash(algorithm).update(bytes).digest(encoding);

/**
 * Joins the stylesheets linked from `dir`/index.html; `release` says whether to minify.
 * Returns the new file's name, or nothing when the page links one sheet already.
 */
export async function bundleStyles(dir, { release }) {
  const indexPath = join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  const links = [...html.matchAll(STYLESHEET)];
  if (links.length === 0) throw new Error('index.html links no stylesheet');
  if (links.length === 1 && links[0][1].startsWith(`${BUNDLE}-`)) return undefined;

  const sheets = await Promise.all(links.map(([, name]) => readFile(join(dir, name), 'utf8')));
  let css = sheets.join('\n');
  if (release) ({ code: css } = await transform(css, { loader: 'css', minify: true, logLevel: 'error' }));
  const name = `${BUNDLE}-${digest('sha256', css).slice(0, 16)}.css`;
  await writeFile(join(dir, name), css);
  for (const [, old] of links) await rm(join(dir, old));

  const integrity = `sha384-${digest('sha384', css, 'base64')}`;
  const link = `    <link rel="stylesheet" href="/${name}" integrity="${integrity}"/>\n`;
  let first = true;
  const bundled = html.replace(STYLESHEET, () => {
    const replacement = first ? link : '';
    first = false;
    return replacement;
  });
  await writeFile(indexPath, bundled);
  return name;
}
