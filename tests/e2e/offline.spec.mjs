// With no signal the app still starts, lists the customers and takes new ones: the service
// worker serves the app shell, and the data never needed the network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectText, open, untilOffline, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

async function goOffline(on) {
  await app.context.setOffline(on);
  // The host drops every connection too, so nothing can quietly come from the network.
  app.server.setDown(on);
}

test('offline, the app starts, lists customers, and keeps one added offline', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '電波 あり子', phones: ['090-1111-2222'] });
  await untilOffline(page);

  await goOffline(true);
  const list = new CustomerList(page, url);
  await list.open();
  assert.deepEqual(await list.names(), ['電波 あり子']);

  const offlineUrl = await addCustomer(page, url, { name: '圏外 太郎', reading: 'けんがい たろう' });
  await page.reload();
  await expectText(page.getByTestId('customer-name'), '圏外 太郎');
  await list.open();
  assert.deepEqual((await list.names()).sort(), ['圏外 太郎', '電波 あり子'].sort());

  // A deep link opened with no signal is the same app.
  await page.goto(offlineUrl);
  await expectText(page.getByTestId('customer-name'), '圏外 太郎');

  await goOffline(false);
  await list.open();
  assert.deepEqual((await list.names()).sort(), ['圏外 太郎', '電波 あり子'].sort());
  const fresh = await app.newPage();
  await open(fresh, url, new URL(offlineUrl).pathname);
  await expectText(fresh.getByTestId('customer-reading'), 'ケンガイ タロウ');
});

test('the shell is cached under this build\'s stamp, and nothing else is kept', async () => {
  const { page, url } = app;
  await open(page, url);
  await untilOffline(page);
  const { caches, files, stamp } = await page.evaluate(async () => {
    const worker = await (await fetch('/sw.js')).text();
    const build = JSON.parse(worker.match(/^const BUILD = (.*);$/m)[1]);
    const cache = await window.caches.open(`tsunagu-shell-${build.stamp}`);
    const cached = (await cache.keys()).map((request) => new URL(request.url).pathname);
    return { caches: await window.caches.keys(), files: { build: build.files, cached }, stamp: build.stamp };
  });
  assert.match(stamp, /^[0-9a-f]{16}$/);
  assert.deepEqual(caches, [`tsunagu-shell-${stamp}`]);
  assert.deepEqual(files.cached.sort(), files.build.slice().sort());
  for (const needed of ['/index.html', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png']) {
    assert.ok(files.build.includes(needed), `${needed} is precached`);
  }
  for (const kind of [/\.wasm$/, /^\/tsunagu-.*\.js$/, /^\/boot-.*\.js$/, /\.css$/]) {
    assert.ok(files.build.some((f) => kind.test(f)), `a ${kind} file is precached`);
  }
});
