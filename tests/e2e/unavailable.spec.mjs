// When the browser offers no usable storage (IndexedDB refused, as in some private modes),
// the app says so plainly instead of pretending to work.
import { test } from 'node:test';
import { expectText, useApp } from './support/app.mjs';

const app = useApp();

test('no storage: a clear message instead of a list', async () => {
  const { page, url } = app;
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is disabled.', 'InvalidStateError');
    };
  });
  await page.goto(url);
  await expectText(page.getByRole('alert').first(), /この端末にデータを保存できません/);
});
