// A long list draws its first hundred lines at once and the rest on request, so the screen
// answers instantly however many customers there are; a search always counts every match.
import { test } from 'node:test';
import { customerRecord, expectCount, expectText, open, seedCustomers, useApp } from './support/app.mjs';
import { CustomerList } from './support/pages.mjs';

const app = useApp();

test('the first 100 of 150 customers show, then the rest on request', async () => {
  const { page, url } = app;
  await open(page, url);
  const records = Array.from({ length: 150 }, (_, i) => customerRecord(i + 1, i % 3 === 0 ? { tags: ['常連'] } : {}));
  await seedCustomers(page, records);

  const list = new CustomerList(page, url);
  await expectText(list.count, '150人');
  await expectCount(list.rows, 100);
  await page.getByRole('button', { name: /さらに表示（100 \/ 150人）/ }).click();
  await expectCount(list.rows, 150);

  await list.search.fill('常連');
  await expectText(list.count, '150人中 50人');
  await expectCount(list.rows, 50);
});
