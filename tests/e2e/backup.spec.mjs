// Backups: export downloads the whole book; importing it into an empty browser gives the same
// customers; a bad file is refused with a message and changes nothing; two devices that went
// their own ways merge without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm, CustomerList } from './support/pages.mjs';

const app = useApp();

async function exportBackup(page, url) {
  await open(page, url, '/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /^tsunagu-backup-\d{8}-\d{4}\.json$/);
  const path = join(await mkdtemp(join(tmpdir(), 'tsunagu-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function chooseFile(page, url, file) {
  await open(page, url, '/settings');
  await page.getByTestId('import-file').setInputFiles(file);
}

async function openCustomer(page, url, name) {
  const list = new CustomerList(page, url);
  await list.open();
  await list.row(name).click();
  await expectText(page.getByTestId('customer-name'), name);
}

/** Confirms the import on screen and waits until it is written. */
async function confirmImport(page) {
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('toast').filter({ hasText: 'バックアップを読み込みました' }).waitFor();
}

/** Another device (a browser with its own storage), started from the backup at `path`. */
async function otherDevice(url, path) {
  const page = await (await app.context.browser().newContext({ locale: 'ja-JP' })).newPage();
  await chooseFile(page, url, path);
  await confirmImport(page);
  return page;
}

/** Opens the customer called `name` and saves `tags` in its form. */
async function editTags(page, url, name, tags) {
  await openCustomer(page, url, name);
  await page.getByTestId('edit').click();
  await new CustomerForm(page).fill({ tags });
  await new CustomerForm(page).save();
  await expectText(page.getByTestId('customer-tags'), tags);
}

/** Opens the customer called `name` and deletes it. */
async function deleteCustomer(page, url, name) {
  await openCustomer(page, url, name);
  await page.getByTestId('delete').click();
  await page.getByTestId('toast').filter({ hasText: '削除しました' }).waitFor();
}

async function names(page, url) {
  const list = new CustomerList(page, url);
  await list.open();
  return (await list.names()).sort();
}

test('export, then import into an empty browser, gives the same customers', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 花子', reading: 'やまだ はなこ', phones: ['090-1234-5678'], tags: '常連' });
  await page.getByTestId('note-text').fill('窓際の席が好き');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await expectCount(page.getByTestId('note'), 1);
  await addCustomer(page, url, { name: '佐藤 一郎', email: 'ichiro@example.jp' });
  await addCustomer(page, url, { name: '削除 三郎' });
  await page.getByTestId('delete').click();
  await page.getByTestId('toast').filter({ hasText: '削除しました' }).waitFor();
  const path = await exportBackup(page, url);
  await expectText(page.getByTestId('last-export'), /^最後の書き出し: \d{4}年/);
  const json = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(json.format, 'tsunagu-backup');
  assert.equal(json.customers.length, 2);
  assert.equal(json.deleted.customers.length, 1);

  const fresh = await (await app.context.browser().newContext({ locale: 'ja-JP' })).newPage();
  try {
    await chooseFile(fresh, url, path);
    await expectText(fresh.getByTestId('import-summary'), /^追加 2人・更新 0人・削除 0人/);
    await confirmImport(fresh);
    await fresh.reload();
    assert.deepEqual(await names(fresh, url), ['佐藤 一郎', '山田 花子']);
    await new CustomerList(fresh, url).row('山田 花子').click();
    await expectText(fresh.getByTestId('customer-phones'), '090-1234-5678');
    await expectCount(fresh.getByTestId('note'), 1);
    // Exported again, the records are exactly what was imported: ids, times, history, notes.
    const again = JSON.parse(await readFile(await exportBackup(fresh, url), 'utf8'));
    assert.deepEqual(again.customers, json.customers);
    assert.deepEqual(again.deleted, json.deleted);
  } finally {
    await fresh.context().close();
  }
});

test('bad files are refused with a reason, and nothing changes', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '既存 顧客' });
  const valid = JSON.parse(await readFile(await exportBackup(page, url), 'utf8'));
  const text = JSON.stringify(valid);
  const edit = (change) => {
    const copy = structuredClone(valid);
    change(copy);
    return JSON.stringify(copy);
  };
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-bad-'));
  const huge = join(dir, 'huge.json');
  await writeFile(huge, Buffer.alloc(257 * 1024 * 1024, 0x20));
  const cases = [
    ['not JSON', 'hello, world', /JSON形式のファイルではありません/],
    ['truncated', text.slice(0, text.length / 2), /途中で切れています/],
    ['another app', '{"contacts": [{"name": "x"}]}', /つなぐのバックアップファイルではありません/],
    ['newer version', edit((j) => { j.version = 99; }), /新しい形式（99）/],
    ['a 257 MB file (over the 256 MB limit)', huge, /大きすぎます（257 MB、上限 256 MB）/],
    ['deeply nested', '['.repeat(5000) + ']'.repeat(5000), /入れ子が深すぎる/],
    ['wrong type', edit((j) => { j.customers[0].name = 42; }), /customers\[0\]\.name: 値の種類が正しくありません/],
    ['duplicate ids', edit((j) => { j.customers.push(structuredClone(j.customers[0])); }), /customers\[1\]\.id: IDが重複しています/],
    ['invalid date', edit((j) => { j.customers[0].created_at = '2026-02-30T00:00:00Z'; }), /customers\[0\]\.created_at: 日時が正しくありません/],
    ['a time in the future', edit((j) => { j.customers[0].updated_at = '2099-01-01T00:00:00Z'; }), /customers\[0\]\.updated_at: 未来の日時です/],
    ['bad email', edit((j) => { j.customers[0].email = 'no-at-sign'; }), /customers\[0\]\.email: メールアドレスの形式/],
  ];
  for (const [label, content, message] of cases) {
    const file = content === huge ? huge : { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) };
    await chooseFile(page, url, file);
    await expectText(page.getByTestId('import-error'), message, 15000).catch((e) => {
      throw new Error(`${label}: ${e.message}`);
    });
    assert.equal(await page.getByTestId('import-confirm').count(), 0, `${label}: nothing to confirm`);
    assert.deepEqual(await names(page, url), ['既存 顧客'], `${label}: data unchanged`);
  }
  await rm(dir, { recursive: true, force: true });
});

test('names with markup are imported as plain, inert text', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '既存 顧客' });
  const valid = JSON.parse(await readFile(await exportBackup(page, url), 'utf8'));
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  valid.customers[0].name = hostile;
  await chooseFile(page, url, { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
  await page.getByTestId('mode-replace').check();
  await confirmImport(page);
  const list = new CustomerList(page, url);
  await list.open();
  await expectText(page.getByTestId('row-name'), hostile);
  await list.rows.first().click();
  await expectText(page.getByTestId('customer-name'), hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
});

test('two devices that diverged merge without losing anything', async () => {
  const { page: a, url } = app;
  await addCustomer(a, url, { name: '共通 一郎' });
  await addCustomer(a, url, { name: '削除 される' });
  const start = await exportBackup(a, url);

  // Device B starts from the same backup and edits one customer.
  const b = await otherDevice(url, start);
  try {
    // Device A: deletes one, adds one, and edits the shared customer first…
    await deleteCustomer(a, url, '削除 される');
    await addCustomer(a, url, { name: 'A で 追加' });
    await editTags(a, url, '共通 一郎', 'A の編集');
    // …then device B edits it later, and exports.
    await editTags(b, url, '共通 一郎', 'B の編集');
    const fromB = await exportBackup(b, url);

    await chooseFile(a, url, fromB);
    await expectText(a.getByTestId('import-summary'), /^追加 0人・更新 1人・削除 0人・変更なし 1人・競合 1人$/);
    await expectText(a.getByTestId('import-conflicts'), /: 共通 一郎$/);
    await a.getByTestId('mode-replace').check();
    assert.equal(await a.getByTestId('import-conflicts').count(), 0, 'replacing has no conflicts');
    await a.getByTestId('mode-merge').check();
    await confirmImport(a);
    await a.reload();
    assert.deepEqual(await names(a, url), ['A で 追加', '共通 一郎']);
    await openCustomer(a, url, '共通 一郎');
    await expectText(a.getByTestId('customer-tags'), 'B の編集');
  } finally {
    await b.context().close();
  }
});

test('an edit made from the shared version merges quietly; an edit the deleting side never saw is a conflict', async () => {
  const { page: a, url } = app;
  await addCustomer(a, url, { name: '履歴 花子' });
  const start = await exportBackup(a, url);
  const b = await otherDevice(url, start);
  try {
    // B edits the customer it got from A; A has not touched it since: an update, no conflict.
    await editTags(b, url, '履歴 花子', 'B の編集');
    await chooseFile(a, url, await exportBackup(b, url));
    await expectText(a.getByTestId('import-summary'), /^追加 0人・更新 1人・削除 0人・変更なし 0人・競合 0人$/);
    assert.equal(await a.getByTestId('import-conflicts').count(), 0);
    await confirmImport(a);

    // Now A deletes it while B, unaware, edits it again: listed by name.
    await deleteCustomer(a, url, '履歴 花子');
    await editTags(b, url, '履歴 花子', 'B の再編集');
    await chooseFile(a, url, await exportBackup(b, url));
    await expectText(a.getByTestId('import-summary'), /競合 1人$/);
    await expectText(a.getByTestId('import-conflicts'), /: 履歴 花子$/);
  } finally {
    await b.context().close();
  }
});

test('an import confirmed after another tab wrote shows the new summary instead of overwriting', async () => {
  const { page: a, url } = app;
  await addCustomer(a, url, { name: '既存 一郎' });
  const path = await exportBackup(a, url);
  await chooseFile(a, url, path);
  await expectText(a.getByTestId('import-summary'), /^追加 0人・更新 0人・削除 0人・変更なし 1人/);
  await a.getByTestId('mode-replace').check();

  // While A looks at the summary, another tab adds a customer.
  const b = await app.newPage();
  await addCustomer(b, url, { name: '別タブ 次郎' });

  await a.getByTestId('import-confirm').click();
  await a.getByTestId('import-stale').waitFor();
  // Replacing would now delete the customer the other tab added, and the summary says so.
  await expectText(a.getByTestId('import-summary'), /^追加 0人・更新 0人・削除 1人・変更なし 1人/);
  await a.getByTestId('mode-merge').check();
  await expectText(a.getByTestId('import-summary'), /^追加 0人・更新 0人・削除 0人・変更なし 2人/);
  await confirmImport(a);
  await a.reload();
  assert.deepEqual(await names(a, url), ['別タブ 次郎', '既存 一郎']);
});

test("a backup's catalog and feedback are counted before importing, then shown", async () => {
  const { page, url } = app;
  await chooseFile(page, url, 'tests/fixtures/backup-v5.json');
  await expectText(page.getByTestId('import-summary'), /^追加 3人/);
  // Three parts, a group and a set menu; four pieces of feedback.
  await expectText(page.getByTestId('import-catalog-summary'), /^追加 5件・更新 0件・削除 0件/);
  await expectText(page.getByTestId('import-feedback-summary'), /^追加 4件・更新 0件・削除 0件/);
  await confirmImport(page);
  await open(page, url, '/feedback');
  // The comment by phone still waits; the complaint by LINE was answered.
  await expectText(page.getByTestId('to-answer-count'), '1');
  await expectText(page.getByTestId('to-answer'), /Could Max walk/);
  await expectText(page.getByTestId('metrics-csat'), /67%/);
});

test('a version 6 backup brings its tickets, coupons, contacts and templates, and exports them again', async () => {
  const { page, url } = app;
  const fixture = 'tests/fixtures/backup-v6.json';
  await chooseFile(page, url, fixture);
  // Two tickets, two coupons, a contact and a template.
  await expectText(page.getByTestId('import-service-summary'), /^追加 6件・更新 0件・削除 0件/);
  await confirmImport(page);
  await open(page, url, '/tickets');
  await expectText(page.getByTestId('tickets-resolved'), /山田 花子/);
  await expectText(page.getByTestId('tickets-resolved'), /散歩が予約の60分より短かった/);
  const json = JSON.parse(await readFile(fixture, 'utf8'));
  // The inquiry was stored without a priority: it is normal, and written so.
  json.tickets[1].priority = 'normal';
  const again = JSON.parse(await readFile(await exportBackup(page, url), 'utf8'));
  for (const name of ['tickets', 'coupons', 'contacts', 'templates']) {
    assert.deepEqual(again[name], json[name], name);
    assert.deepEqual(again.deleted[name], json.deleted[name], `deleted.${name}`);
  }
});

test('visits in a backup are counted before importing and kept exactly', async () => {
  const { page, url } = app;
  const fixture = 'tests/fixtures/backup-v3.json';
  await chooseFile(page, url, fixture);
  await expectText(page.getByTestId('import-summary'), /^追加 2人/);
  await expectText(page.getByTestId('import-visit-summary'), /^追加 3件・更新 0件・削除 0件/);
  await confirmImport(page);
  await page.reload();
  const json = JSON.parse(await readFile(fixture, 'utf8'));
  const again = JSON.parse(await readFile(await exportBackup(page, url), 'utf8'));
  // Written in the current version: the same visits, and a catalog, feedback and customer
  // service that version 3 lacked.
  assert.equal(again.version, 6);
  assert.deepEqual(again.parts, []);
  assert.deepEqual(again.feedback, []);
  assert.deepEqual([again.tickets, again.coupons, again.contacts, again.templates], [[], [], [], []]);
  assert.deepEqual(again.visits, json.visits);
  assert.deepEqual(again.deleted.visits, json.deleted.visits);
  // A file without visits (version 2) shows no visit count at all.
  await chooseFile(page, url, 'tests/fixtures/backup-v2.json');
  await page.getByTestId('import-summary').waitFor();
  assert.equal(await page.getByTestId('import-visit-summary').count(), 1, 'this device has visits now');
});
