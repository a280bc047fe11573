// The main pages of the app in the states a person sees them in, for checks that must hold on
// every page (accessibility, small screens), ending with the demo's. `bookWithCustomers` fills
// a small book (with a few visits) first.
import { customerRecord, open, seedCustomers, seedTickets, seedVisits, ticketRecord, visitRecord } from './app.mjs';
import { CustomerForm } from './pages.mjs';

const HANAKO = customerRecord(1, {
  name: '山田 花子',
  reading: 'ヤマダ ハナコ',
  phones: ['090-1234-5678'],
  email: 'hanako@example.jp',
  preferred_channel: 'line',
  birthday: '1988-04-01',
  household: ['ポチ(柴犬・8歳)'],
  tags: ['常連', 'モーニング'],
  notes: [{ at: '2026-01-02T03:04:05Z', text: '窓際の席が好き。カフェラテはオーツミルクで。' }],
});
const OTHERS = [
  customerRecord(2, { name: '佐藤 一郎', reading: 'サトウ イチロウ', phones: ['080-2222-3333'], tags: ['ランチ'] }),
  customerRecord(3, { name: 'Smith John', email: 'john@example.com', tags: ['English'] }),
];
const detail = `/customers/${HANAKO.id}`;

/** Opens the app and stores a small book (the app must have created its database first). */
export async function bookWithCustomers(page, url) {
  await open(page, url);
  await seedCustomers(page, [HANAKO, ...OTHERS]);
  await seedVisits(page, [
    visitRecord(1, HANAKO, 90, 3200, ['カフェラテ', 'モーニングA']),
    visitRecord(2, HANAKO, 60, 2800, ['カフェラテ']),
    visitRecord(3, HANAKO, 30, 3500, ['モーニングA']),
    visitRecord(4, OTHERS[0], 200, 1200, ['ランチ']),
  ]);
}

/** Opens the catalog, first adding the café sample if it is empty. */
async function withCatalog(page, url) {
  await open(page, url, '/catalog');
  if (await page.getByTestId('catalog-empty').isVisible()) {
    await page.getByTestId('sample-cafe').click();
  }
  await page.getByTestId('menus').waitFor();
}

/** A page that needs a catalog: `path`, shown once `testId` is on it. */
function withCatalogAt(name, path, testId) {
  return {
    name,
    visit: async (page, url) => {
      await withCatalog(page, url);
      await open(page, url, path);
      await page.getByTestId(testId).waitFor();
    },
  };
}

/** Each main page: a name, and how to get there (from anywhere in the app). */
export const MAIN_PAGES = [
  { name: 'list', visit: (page, url) => open(page, url, '/') },
  { name: 'search', visit: (page, url) => open(page, url, `/?q=${encodeURIComponent('やまだ')}`) },
  { name: 'new', visit: (page, url) => open(page, url, '/customers/new') },
  {
    name: 'form-errors',
    visit: async (page, url) => {
      await open(page, url, `${detail}/edit`);
      await new CustomerForm(page).fill({ name: '', email: 'hanako.example.jp' });
      await page.getByTestId('save').click();
      await page.getByTestId('email-error').filter({ hasText: /./ }).waitFor();
    },
  },
  { name: 'detail', visit: (page, url) => open(page, url, detail) },
  {
    name: 'saved-with-notice',
    visit: async (page, url) => {
      await open(page, url, `${detail}/edit`);
      await new CustomerForm(page).fill({ tags: '常連、モーニング、テラス席' });
      await page.getByTestId('save').click();
      await page.getByTestId('toast').first().waitFor();
    },
  },
  { name: 'analysis', visit: (page, url) => open(page, url, '/analysis') },
  {
    name: 'dashboard',
    visit: async (page, url) => {
      await open(page, url, '/dashboard?period=12m');
      await page.getByTestId('chart-coupons').waitFor();
    },
  },
  { name: 'catalog', visit: withCatalog },
  {
    name: 'part-form',
    visit: async (page, url) => {
      await withCatalog(page, url);
      await page.getByTestId('parts').getByRole('link').first().click();
      await page.getByTestId('part-name').waitFor();
    },
  },
  withCatalogAt('needs', `${detail}/needs`, 'feelings'),
  withCatalogAt('offer', detail, 'offer-best'),
  withCatalogAt('proposal', `${detail}/proposal`, 'proposal'),
  withCatalogAt('plan', '/plan', 'plan-inputs'),
  withCatalogAt('feedback-form', `${detail}/feedback/new`, 'feedback-form'),
  // Handed to the customer: no navigation, nothing else of the app.
  { ...withCatalogAt('hand-over', `${detail}/feedback/hand-over`, 'hand-over-form'), bare: true },
  { name: 'feedback', visit: (page, url) => open(page, url, '/feedback') },
  { name: 'tickets', visit: async (page, url) => withTickets(page, url, '/tickets', 'tickets-overdue') },
  { name: 'ticket', visit: async (page, url) => withTickets(page, url, `/tickets/${COMPLAINT.id}`, 'ticket-step-form') },
  { name: 'today', visit: async (page, url) => withTickets(page, url, '/today', 'today-list') },
  { name: 'settings', visit: async (page, url) => { await open(page, url, '/settings'); await page.getByTestId('care-settings').waitFor(); } },
  { name: 'ticket-form', visit: async (page, url) => withTickets(page, url, `${detail}/tickets/new`, 'ticket-form') },
  // Last: once entered, this tab stays in the demo.
  inDemo('demo-list', '/', 'customer-list'),
  inDemo('demo-settings', '/settings', 'reset-demo'),
];

/** A page of the demo (entered from settings if this tab is not in it yet): `path`, shown once `testId` is on it. */
function inDemo(name, path, testId) {
  return {
    name,
    visit: async (page, url) => {
      await open(page, url, '/settings');
      const enter = page.getByTestId('try-demo');
      if (await enter.isVisible()) {
        await enter.click();
        await page.getByTestId('customer-list').waitFor({ timeout: 20000 });
      }
      await open(page, url, path);
      await page.getByTestId(testId).waitFor();
    },
  };
}

const COMPLAINT = ticketRecord(1, HANAKO, 'complaint', 72, '散歩が予約の60分より短く、30分で戻ってきた。');

/** `path` once `testId` shows, with an overdue complaint and a fresh inquiry stored. */
async function withTickets(page, url, path, testId) {
  await open(page, url);
  await seedTickets(page, [COMPLAINT, ticketRecord(2, OTHERS[0], 'inquiry', 1, '祝日も営業していますか？', 'phone')]);
  await open(page, url, path);
  await page.getByTestId(testId).waitFor();
}
