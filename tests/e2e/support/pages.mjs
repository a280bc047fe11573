// Page objects: what a person does on each screen, in their words.
import { expectText, open } from './app.mjs';

export class CustomerList {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.search = page.getByTestId('search');
    this.rows = page.getByTestId('customer-row');
    this.count = page.getByTestId('count');
  }
  async open(query = '') {
    await open(this.page, this.base, query ? `/?q=${encodeURIComponent(query)}` : '/');
  }
  row(name) {
    return this.rows.filter({ hasText: name });
  }
  async names() {
    return this.page.getByTestId('row-name').allInnerTexts();
  }
}

export class CustomerForm {
  constructor(page) {
    this.page = page;
  }
  async fill(fields) {
    const page = this.page;
    if (fields.name !== undefined) await page.getByTestId('name').fill(fields.name);
    if (fields.reading !== undefined) await page.getByTestId('reading').fill(fields.reading);
    for (const [i, phone] of (fields.phones ?? []).entries()) {
      if ((await page.getByTestId(`phone-${i}`).count()) === 0) await page.getByTestId('phone-add').click();
      await page.getByTestId(`phone-${i}`).fill(phone);
    }
    if (fields.email !== undefined) await page.getByTestId('email').fill(fields.email);
    if (fields.channel !== undefined) await page.getByTestId('channel').selectOption(fields.channel);
    if (fields.birthday !== undefined) await page.getByTestId('birthday').fill(fields.birthday);
    for (const [i, item] of (fields.household ?? []).entries()) {
      if ((await page.getByTestId(`household-${i}`).count()) === 0) await page.getByTestId('household-add').click();
      await page.getByTestId(`household-${i}`).fill(item);
    }
    if (fields.tags !== undefined) await page.getByTestId('tags').fill(fields.tags);
  }
  async save() {
    await this.page.getByTestId('save').click();
  }
}

/** Adds a customer through the form and waits for their page. */
export async function addCustomer(page, base, fields) {
  await open(page, base, '/customers/new');
  const form = new CustomerForm(page);
  await form.fill(fields);
  await form.save();
  await expectText(page.getByTestId('customer-name'), fields.name);
  return page.url();
}
