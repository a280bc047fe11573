// Customer service clicked through like the owner: a complaint that came by LINE three days
// ago is overdue and listed first, ahead of a fresh inquiry; it is answered, resolved and
// reopened, and every step is kept across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerRecord, expectCount, expectText, has, open, seedCustomers, useApp } from './support/app.mjs';

const app = useApp();

const HANAKO = customerRecord(1, { name: '山田 花子', reading: 'ヤマダ ハナコ' });
const TARO = customerRecord(2, { name: '佐藤 太郎', reading: 'サトウ タロウ' });

/** A `datetime-local` value `days` days before now, in the browser's time zone. */
async function daysAgo(page, days) {
  return page.evaluate((days) => {
    const d = new Date(Date.now() - days * 86_400_000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, days);
}

async function recordTicket(page, customer, { kind, channel, text, received }) {
  await open(page, app.url, `/customers/${customer.id}`);
  await page.getByTestId('ticket-new').click();
  await page.getByTestId('ticket-form').waitFor();
  await page.getByTestId('ticket-kind').selectOption(kind);
  await page.getByTestId('ticket-channel').selectOption(channel);
  if (received) await page.getByTestId('ticket-received').fill(received);
  await page.getByTestId('ticket-description').fill(text);
  await page.getByTestId('save').click();
  await page.getByTestId('ticket-detail').waitFor();
}

test('an overdue complaint comes first, and is answered, resolved and reopened', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO, TARO]);

  // Nothing typed, nothing saved: the description is required.
  await open(page, url, `/customers/${TARO.id}/tickets/new`);
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('ticket-form'), has('入力してください'));

  await recordTicket(page, TARO, { kind: 'inquiry', channel: 'phone', text: '祝日も営業していますか' });
  await expectText(page.getByTestId('ticket-status'), '未返信');
  await recordTicket(page, HANAKO, {
    kind: 'complaint',
    channel: 'line',
    text: '散歩が予約より短かった',
    received: await daysAgo(page, 3),
  });
  await expectText(page.getByTestId('ticket-detail-kind'), '苦情');
  await expectText(page.getByTestId('ticket-detail-standing'), has('初回返信の期限'));
  await expectText(page.getByTestId('ticket-detail-standing'), has('過ぎています'));
  await expectText(page.getByTestId('ticket-events'), has('LINEで受付'));

  // The tickets page: the complaint is overdue; the inquiry is open and within its day.
  await page.getByTestId('nav-tickets').click();
  await expectText(page.getByTestId('tickets-overdue'), has('山田 花子'));
  assert.doesNotMatch(await page.getByTestId('tickets-overdue').innerText(), /佐藤/);
  await expectText(page.getByTestId('tickets-open'), has('佐藤 太郎'));
  await expectText(page.getByTestId('tickets-open').getByTestId('ticket-standing'), has('初回返信の期限'));

  // Answered: the first response was late, and it now waits on its resolution.
  await page.getByTestId('tickets-overdue').getByTestId('ticket-row').click();
  await page.getByTestId('ticket-respond').click();
  await expectText(page.getByTestId('ticket-step-form'), has('入力してください'));
  await page.getByTestId('ticket-step-text').fill('ご迷惑をおかけし申し訳ございません。');
  await page.getByTestId('ticket-respond').click();
  await expectText(page.getByTestId('ticket-status'), '返信済み');
  await expectText(page.getByTestId('ticket-events'), has('LINEで返信'));
  await expectText(page.getByTestId('ticket-detail-standing'), has('解決'));

  await page.getByTestId('ticket-step-text').fill('次回30分延長でお詫び');
  await page.getByTestId('ticket-resolve').click();
  await expectText(page.getByTestId('ticket-status'), '解決');
  await expectCount(page.getByTestId('ticket-reopen'), 1);

  await page.getByTestId('ticket-step-text').fill('まだご不満とのこと');
  await page.getByTestId('ticket-reopen').click();
  await expectText(page.getByTestId('ticket-status'), '返信済み');

  // Every step survives a reload, and the customer's page lists the ticket.
  await page.reload();
  await page.getByTestId('ticket-detail').waitFor();
  await expectCount(page.getByTestId('ticket-events').locator('li'), 4);
  // The month's figures count both tickets: one answered late, one still within its day.
  await open(page, app.url, '/tickets');
  const rows = page.getByTestId('service-figures-row');
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.cells[1].innerText)));
  assert.equal(counts.reduce((a, b) => a + b, 0), 2);
  const within = await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[4].innerText.trim()));
  assert.ok(within.includes('0%'), `the late first response is outside the target: ${within}`);
  await open(page, app.url, `/customers/${HANAKO.id}`);
  await expectText(page.getByTestId('tickets-card'), has('散歩が予約より短かった'));
  await expectText(page.getByTestId('tickets-card'), has('苦情'));
});

test('a ticket can be started from the tickets page by finding the customer', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO, TARO]);
  await open(page, url, '/tickets');
  await expectText(page.getByTestId('tickets-clear'), 'まだ受付はありません。');
  await page.getByTestId('tickets-new').click();
  await page.getByTestId('ticket-customer-search').fill('さとう');
  await expectCount(page.getByTestId('ticket-customer-choice'), 1);
  await page.getByTestId('ticket-customer-choice').click();
  await page.getByTestId('ticket-form').waitFor();
  await expectText(page.getByTestId('ticket-form'), has('佐藤 太郎'));
});
