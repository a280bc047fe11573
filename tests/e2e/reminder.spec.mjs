// After 30 days without a backup a gentle banner offers to export one; "later" quiets it for a
// week; exporting clears it. Settings show the storage's persistence and usage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerRecord, expectText, open, seedCustomers, useApp } from './support/app.mjs';

const app = useApp();
const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
const recently = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();

test('no reminder for young data', async () => {
  const { page, url } = app;
  await open(page, url);
  await seedCustomers(page, [customerRecord(1, { created_at: recently, updated_at: recently })]);
  await page.getByTestId('customer-row').first().waitFor();
  assert.equal(await page.getByTestId('backup-reminder').count(), 0);
});

test('"later" quiets the reminder, also after a reload', async () => {
  const { page, url } = app;
  await open(page, url);
  await seedCustomers(page, [customerRecord(1, { created_at: longAgo, updated_at: longAgo })]);
  await page.getByTestId('backup-reminder').waitFor();
  await page.getByTestId('reminder-later').click();
  await page.getByTestId('backup-reminder').waitFor({ state: 'detached' });
  await page.reload();
  await page.getByTestId('customer-row').first().waitFor();
  assert.equal(await page.getByTestId('backup-reminder').count(), 0);
});

test('exporting from the reminder downloads a backup and clears it', async () => {
  const { page, url } = app;
  await open(page, url);
  await seedCustomers(page, [customerRecord(1, { created_at: longAgo, updated_at: longAgo })]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('reminder-export').click(),
  ]);
  assert.match(download.suggestedFilename(), /^tsunagu-backup-\d{8}-\d{4}\.json$/);
  await page.getByTestId('backup-reminder').waitFor({ state: 'detached' });
  await open(page, url, '/settings');
  await expectText(page.getByTestId('last-export'), /^最後の書き出し: \d{4}年/);
});

test('settings show whether storage is persistent, and usage against the quota', async () => {
  const { page, url } = app;
  await open(page, url, '/settings');
  await expectText(page.getByTestId('storage-persistence'), /保存されています/);
  await expectText(page.getByTestId('storage-usage'), /^使用量 [\d.]+ (B|KB|MB) \/ 上限 [\d.]+ (MB|GB|TB)$/);
});
