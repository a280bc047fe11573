// Phones first: at 360×640 and at the smallest 320×568 every main page fits the width (no
// sideways scrolling), keeps the navigation at the bottom and every control large enough to
// tap, and fields bring up the right keyboard. On a desktop the same screens use the width.
// Screenshots of every page land in tests/e2e/artifacts/ for a person to look at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { open, useApp } from './support/app.mjs';
import { bookWithCustomers, MAIN_PAGES } from './support/tour.mjs';

const MIN_TAP = 44;
const SHOTS = 'tests/e2e/artifacts';

async function tooSmall(page) {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll('a, button, input, select, textarea')];
    // An input inside a label is tapped through its label, so the label is what must be large.
    return controls
      .filter((el) => el.offsetParent !== null && !el.classList.contains('visually-hidden'))
      .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ box }) => box.height < min || box.width < min)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${el.textContent.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN_TAP);
}

/** Elements sticking out past the right edge of the window, by what they are. */
async function overflowing(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 5)
      .concat(`scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
  });
}

for (const { width, height } of [{ width: 360, height: 640 }, { width: 320, height: 568 }]) {
  describe(`on a ${width}×${height} phone`, () => {
    const app = useApp({ viewport: { width, height } });

    for (const scheme of ['light', 'dark']) {
      test(`every main page fits, with the navigation at the bottom and large tap targets (${scheme})`, async () => {
        const { page, url } = app;
        await page.emulateMedia({ colorScheme: scheme });
        await mkdir(SHOTS, { recursive: true });
        await bookWithCustomers(page, url);
        for (const { name, visit, bare } of MAIN_PAGES) {
          await visit(page, url);
          await page.screenshot({ path: `${SHOTS}/${width}x${height}-${scheme}-${name}.png`, fullPage: true });
          assert.deepEqual(await overflowing(page), [], `no sideways scrolling on ${name}`);
          assert.deepEqual(await tooSmall(page), [], `tap targets on ${name}`);
          if (bare) {
            assert.equal(await page.getByRole('navigation').count(), 0, `no navigation on ${name}`);
            continue;
          }
          const nav = await page.getByRole('navigation').boundingBox();
          assert.ok(nav.y + nav.height >= height - 1 && nav.y >= height - 90, `nav at the bottom on ${name}`);
        }
      });
    }
  });
}

describe('keyboards on a phone', () => {
  const app = useApp({ viewport: { width: 360, height: 640 } });

  test('each field asks for the keyboard its content needs', async () => {
    const { page, url } = app;
    await open(page, url, '/customers/new');
    const kind = (testId) =>
      page.getByTestId(testId).evaluate((el) => ({
        type: el.type,
        autocomplete: el.autocomplete,
        enterkeyhint: el.enterKeyHint,
      }));
    assert.deepEqual(await kind('phone-0'), { type: 'tel', autocomplete: 'tel', enterkeyhint: '' });
    assert.deepEqual(await kind('email'), { type: 'email', autocomplete: 'email', enterkeyhint: '' });
    assert.equal((await kind('birthday')).type, 'date');
    assert.equal((await kind('name')).autocomplete, 'name');
    await open(page, url);
    assert.deepEqual(await kind('search'), { type: 'search', autocomplete: 'off', enterkeyhint: 'search' });
  });
});

describe('on a desktop', () => {
  const app = useApp({ viewport: { width: 1280, height: 800 } });

  test('the navigation is a side bar and the pages use the width', async () => {
    const { page, url } = app;
    await bookWithCustomers(page, url);
    for (const { name, visit, bare } of MAIN_PAGES) {
      await visit(page, url);
      await page.screenshot({ path: `${SHOTS}/desktop-${name}.png`, fullPage: true });
      if (bare) {
        assert.equal(await page.getByRole('navigation').count(), 0, `no navigation on ${name}`);
        assert.deepEqual(await overflowing(page), [], `no sideways scrolling on ${name}`);
        continue;
      }
      const nav = await page.getByRole('navigation').boundingBox();
      assert.ok(nav.x < 20 && nav.width < 300 && nav.height > 3 * 44, `a side bar on the left, got ${JSON.stringify(nav)}`);
      const main = await page.getByRole('main').boundingBox();
      assert.ok(main.x >= nav.x + nav.width, 'the page sits beside the side bar');
      assert.deepEqual(await overflowing(page), [], `no sideways scrolling on ${name}`);
      if (name === 'list') {
        const list = await page.getByTestId('customer-list').boundingBox();
        assert.ok(list.width >= 0.7 * 1280, `the list spans the page (${list.width}px)`);
        const [nameBox, contactBox] = await Promise.all(
          ['.row-name', '.row-contact'].map((s) => page.locator(s).first().boundingBox()),
        );
        assert.ok(Math.abs(nameBox.y - contactBox.y) < 20 && contactBox.x > nameBox.x, 'name and contact read across one line');
      }
      if (name === 'detail') {
        const profile = await page.getByTestId('profile').boundingBox();
        const side = await page.locator('.detail-side').boundingBox();
        assert.ok(side.x >= profile.x + profile.width && Math.abs(side.y - profile.y) < 2, 'visits and notes beside the profile');
      }
    }
  });
});
