// Installing to the home screen: Chromium finds nothing missing, the manifest speaks the
// owner's language, and the installed app's window shows the same book as the browser tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectText, open, untilOffline, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

async function withProfile(use) {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-profile-'));
  try {
    await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function manifestOf(context, page) {
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  await cdp.detach();
  return { installabilityErrors, url: new URL(url).pathname, errors, manifest: JSON.parse(data) };
}

test('Chromium reports no installability errors, in Japanese and in English', async () => {
  await withProfile(async (dir) => {
    const context = await app.launchProfile(dir);
    const page = context.pages()[0] ?? (await context.newPage());
    await open(page, app.url);
    await untilOffline(page);

    const ja = await manifestOf(context, page);
    assert.deepEqual(ja.installabilityErrors, []);
    assert.deepEqual(ja.errors, []);
    assert.equal(ja.url, '/manifest.webmanifest');
    assert.equal(ja.manifest.short_name, 'つなぐ');
    assert.equal(ja.manifest.lang, 'ja');
    assert.equal(ja.manifest.display, 'standalone');
    // The installed app opens on the today list.
    assert.equal(ja.manifest.start_url, '/today');
    assert.equal(ja.manifest.scope, '/');
    const icons = ja.manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(icons.includes(wanted), wanted);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.querySelector('link[rel=manifest]').getAttribute('href').includes('.en.'));
    const en = await manifestOf(context, page);
    assert.deepEqual(en.installabilityErrors, []);
    assert.deepEqual(en.errors, []);
    assert.equal(en.url, '/manifest.en.webmanifest');
    assert.equal(en.manifest.short_name, 'Tsunagu');
    assert.equal(en.manifest.id, ja.manifest.id, 'one app, whichever language installed it');
    await context.close();
  });
});

test('every icon the manifest names is served, at the size it claims', async () => {
  const { page, url } = app;
  await open(page, url);
  const manifest = JSON.parse(await readFile('dist/manifest.webmanifest', 'utf8'));
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const response = await fetch(src);
      if (!response.ok) return `HTTP ${response.status}`;
      const bitmap = await createImageBitmap(await response.blob()).catch(() => null);
      return bitmap ? `${bitmap.width}x${bitmap.height}` : 'vector';
    }, icon.src);
    assert.equal(size, icon.sizes === 'any' ? 'vector' : icon.sizes, icon.src);
  }
});

test('the installed app (its own window) and the browser tab share one book', async () => {
  await withProfile(async (dir) => {
    const tab = await app.launchProfile(dir);
    const tabPage = tab.pages()[0] ?? (await tab.newPage());
    await addCustomer(tabPage, app.url, { name: 'タブ 花子' });
    await untilOffline(tabPage);
    await tab.close();

    const installed = await app.launchProfile(dir, { appWindow: true });
    const window = installed.pages()[0];
    await window.reload();
    await window.getByRole('main').waitFor();
    assert.equal(await window.evaluate(() => matchMedia('(display-mode: standalone)').matches), true);
    const list = new CustomerList(window, app.url);
    await list.open();
    assert.deepEqual(await list.names(), ['タブ 花子']);
    await addCustomer(window, app.url, { name: 'アプリ 次郎' });
    await installed.close();

    const again = await app.launchProfile(dir);
    const page = again.pages()[0] ?? (await again.newPage());
    const tabList = new CustomerList(page, app.url);
    await tabList.open();
    assert.deepEqual((await tabList.names()).sort(), ['アプリ 次郎', 'タブ 花子'].sort());
    await again.close();
  });
});

test('the page allows no inline script and no other origin', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
  for (const [name, sources] of Object.entries(directives)) {
    for (const source of sources) assert.ok(allowed.has(source), `${name} allows ${source}`);
  }
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['default-src'], ["'self'"]);
  const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes));
  assert.equal(inline.length, 0, 'no inline script');

  // The policy is enforced: a script the page did not ship is refused.
  const { page, url } = app;
  app.expectProblems.push(/Executing inline script violates the following Content Security Policy/);
  await open(page, url);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return window.injected === true;
  });
  assert.equal(ran, false);
  await expectText(page.getByRole('main'), /./);
});
