// The shared harness for end-to-end specs: one server and one Chromium per spec file, a fresh
// browser context (empty storage) per test, and two checks after every test: no console
// errors, and not a single request to any origin but the app's own. Tests that need a real
// profile (installing, the installed app's window) launch one with `app.launchProfile`.
import { after, afterEach, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Sets up the hooks and returns a handle whose fields are filled before each test. */
export function useApp({ locale = 'ja-JP', viewport = { width: 390, height: 780 }, timezoneId } = {}) {
  const app = {
    url: '', server: null, page: null, context: null, newPage: null, launchProfile: null, dialogs: [],
    /** Patterns of console errors this test provokes on purpose; each must then occur. */
    expectProblems: [],
  };
  let server;
  let browser;
  let problems;

  before(async () => {
    server = await startServer();
    app.url = server.url;
    app.server = server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    app.dialogs = [];
    app.expectProblems = [];
    server.reset();
    const origin = new URL(app.url).origin;
    const watchContext = (context) => {
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      context.on('page', (page) => {
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        // A person answers "leave" to the browser's "leave this page?"; the test sees it was asked.
        page.on('dialog', async (dialog) => {
          app.dialogs.push(dialog.type());
          await dialog.accept();
        });
      });
      return context;
    };
    app.context = watchContext(await browser.newContext({ locale, viewport, timezoneId }));
    app.newPage = () => app.context.newPage();
    app.page = await app.newPage();
    // A browser profile on disk in `dir` (unlike the fresh contexts, not incognito). With
    // `appWindow`, Chromium opens `path` the way an installed app opens: its own standalone
    // window. The caller closes the returned context.
    app.launchProfile = async (dir, { appWindow = false, path = '/' } = {}) => {
      const args = appWindow ? [...ARGS, `--app=${app.url}${path}`] : ARGS;
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM, args, locale, viewport,
      });
      watchContext(context);
      // A page already open (the app window) gets the same watch.
      for (const page of context.pages()) context.emit('page', page);
      return context;
    };
  });
  afterEach(async () => {
    await app.context?.close();
    for (const pattern of app.expectProblems) {
      assert.ok(problems.some((p) => pattern.test(p)), `expected a console error matching ${pattern}`);
    }
    const unexpected = problems.filter((p) => !app.expectProblems.some((pattern) => pattern.test(p)));
    assert.deepEqual(unexpected, [], 'no console errors and no foreign requests');
  });

  return app;
}

/** Opens a path and waits until the app has loaded the customer book. */
export async function open(page, base, path = '/') {
  await page.goto(base + path);
  await page.getByRole('main').waitFor();
  await page.getByRole('status').filter({ hasText: /読み込み中|Loading/ }).waitFor({ state: 'detached' });
}

/** Waits until `locator` shows exactly `text` (or matches a RegExp). */
export async function expectText(locator, text, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await locator.innerText().catch(() => undefined);
    if (last !== undefined && (text instanceof RegExp ? text.test(last) : last.trim() === text)) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`expected ${text} but found ${JSON.stringify(last)}`);
}

/** A pattern matching text that contains `part` (for `expectText`, which otherwise matches exactly). */
export const has = (part) => new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Waits until `locator` matches `count` elements. */
export async function expectCount(locator, count, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await locator.count();
    if (last === count) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`expected ${count} elements but found ${last}`);
}

/**
 * Writes `records` (stored customer objects) straight into the app's database, then reloads.
 * The app must have been opened once in this context, so that it created the database.
 */
export async function seedCustomers(page, records) {
  await seedRecords(page, 'customers', records);
}

/** The same for stored visit records (see `visitRecord`). */
export async function seedVisits(page, records) {
  await seedRecords(page, 'visits', records);
}

/** Stores ticket records (as the app writes them) straight into IndexedDB. */
export async function seedTickets(page, records) {
  await seedRecords(page, 'tickets', records);
}

/** A ticket record: `kind` from `customer`, received `hoursAgo` hours ago by `channel`. */
export function ticketRecord(n, customer, kind, hoursAgo, description, channel = 'line') {
  const hex = n.toString(16).padStart(12, '0');
  const at = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-a000-${hex}`,
    customer: customer.id,
    kind,
    channel,
    priority: 'normal',
    received_at: at,
    description,
    created_at: at,
    updated_at: at,
  };
}

/** Puts `records` into the app's `store` in one transaction, straight through IndexedDB. */
export async function putRecords(page, store, records) {
  await page.evaluate(
    ([store, records]) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('tsunagu');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, records],
  );
}

async function seedRecords(page, store, records) {
  await putRecords(page, store, records);
  await page.reload();
  await page.getByRole('main').waitFor();
}

/** A stored customer record as the app writes it; `n` makes the id and name unique. */
export function customerRecord(n, fields = {}) {
  const hex = n.toString(16).padStart(12, '0');
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    name: `客 ${n}`,
    reading: '',
    phones: [],
    email: '',
    preferred_channel: null,
    birthday: null,
    household: [],
    tags: [],
    notes: [],
    created_at: at,
    updated_at: at,
    ...fields,
  };
}

/** A stored visit record: customer `customer` (a record), `daysAgo` days before now, paid `yen`. */
export function visitRecord(n, customer, daysAgo, yen, items = []) {
  const hex = n.toString(16).padStart(12, '0');
  const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return {
    id: `00000000-0000-4000-9000-${hex}`,
    customer: customer.id,
    started_at: at,
    items: items.map((name) => ({ name, booked: { count: 1, minutes: 0 }, delivered: { count: 1, minutes: 0 } })),
    paid: { amount: yen, currency: 'JPY' },
    coupon: null,
    note: '',
    created_at: at,
    updated_at: at,
  };
}

/** Waits until the service worker has installed this build's shell and controls `page`. */
export async function untilOffline(page, timeout = 15000) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout });
  await page.evaluate(() => navigator.serviceWorker.ready);
}
