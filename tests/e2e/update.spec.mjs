// A new version reaches a phone that keeps the app open: the app says a new version is ready
// and reloads only when the owner taps "reload" — never by itself, never under their typing.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { expectText, open, untilOffline, useApp } from './support/app.mjs';
import { CustomerForm } from './support/pages.mjs';
import { nextBuild, removeBuilds, stampOf } from './support/builds.mjs';

const app = useApp();
after(removeBuilds);

/** What a person does by switching back to the app: the page becomes visible again. */
async function comeBack(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

const buildNote = (page) => page.evaluate(() => document.querySelector('meta[name=build-note]')?.content ?? null);
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('the first visit installs quietly: no new-version notice', async () => {
  const { page, url } = app;
  await open(page, url);
  await untilOffline(page);
  await comeBack(page);
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('update-prompt').count(), 0);
});

test('a new build is announced while typing, and only the tap reloads into it', async () => {
  const { page, url } = app;
  await open(page, url, '/customers/new');
  await untilOffline(page);
  const first = await stampOf('dist');
  assert.deepEqual(await cacheNames(page), [`tsunagu-shell-${first}`]);

  await new CustomerForm(page).fill({ name: '入力 途中' });
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  const next = await nextBuild('second');
  assert.notEqual(next.stamp, first);
  app.server.deploy(next.dir);

  await comeBack(page);
  await page.getByTestId('update-prompt').waitFor({ timeout: 15000 });
  await expectText(page.getByTestId('update-prompt'), /新しいバージョンの準備ができました。/);
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/artifacts/update-prompt.png' });
  // Still the same page, the typing untouched, the old version still running.
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.equal(await page.getByTestId('name').inputValue(), '入力 途中');
  assert.equal(await buildNote(page), null);

  await page.getByTestId('save').click();
  await expectText(page.getByTestId('customer-name'), '入力 途中');
  await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
  await page.getByRole('main').waitFor();
  assert.equal(await buildNote(page), 'second');
  await expectText(page.getByTestId('customer-name'), '入力 途中');
  assert.equal(await page.getByTestId('update-prompt').count(), 0);
  // The old version's files are gone from the device; the new one's are kept.
  await page.waitForFunction((stamp) => caches.keys().then((k) => k.join() === `tsunagu-shell-${stamp}`), next.stamp);
});

test('"later" puts the notice away without reloading', async () => {
  const { page, url } = app;
  await open(page, url);
  await untilOffline(page);
  app.server.deploy((await nextBuild('third')).dir);
  await comeBack(page);
  await page.getByTestId('update-prompt').waitFor({ timeout: 15000 });
  await page.getByTestId('update-later').click();
  assert.equal(await page.getByTestId('update-prompt').count(), 0);
  assert.equal(await buildNote(page), null);
  // A reload by hand still runs the old version (the new one waits for the tap), and asks again.
  await page.reload();
  await page.getByTestId('update-prompt').waitFor({ timeout: 15000 });
  assert.equal(await buildNote(page), null);
});

test('a newer version in another tab takes over the data: this tab lets go and asks to reload', async () => {
  const { page, url } = app;
  await open(page, url);
  // Another tab asks for a newer database layout, as a newer version of the app does.
  const other = await app.newPage();
  await open(other, url);
  const opened = await other.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('tsunagu', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve('opened');
        };
        request.onerror = () => resolve(`failed: ${request.error}`);
        setTimeout(() => resolve('still blocked after 5 s'), 5000);
      }),
  );
  assert.equal(opened, 'opened');
  await expectText(page.getByTestId('update-prompt'), /別のタブで新しいバージョンが開かれました/);
  assert.equal(await page.getByTestId('update-later').count(), 0, 'it cannot be put off');
});
