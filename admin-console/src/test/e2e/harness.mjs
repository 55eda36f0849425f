// The shared harness of the browser scenarios (*.e2e.mjs beside this file): the browser, one scenario at a time
// in a fresh context, the Keycloak login, full-page screenshots, and axe-core on every state a screenshot records.
// A scenario file imports what it needs, calls scenario() for each scenario and finish() at the end; it prints one
// "PASS <scenario>" or "FAIL <scenario>: <why>" line per scenario and exits 1 if any failed.
//   BASE_URL   the gateway (http://localhost:8080)            SCREENSHOTS  where the screenshots go
//   PPO_PASSWORD  the sample users' password (ppo-local)      STEP_TIMEOUT_MS  one step's timeout (30000)
//   ONLY       run only the scenarios whose name contains this
import { launchBrowser } from './browser.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** An environment variable, or the fallback; without either the run stops (exit 2) naming it. */
export function env(name, fallback) {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    console.error(`missing environment variable ${name}`);
    process.exit(2);
  }
  return value;
}

export const BASE = env('BASE_URL').replace(/\/$/, '');
export const SHOTS = env('SCREENSHOTS', 'target/admin-console-screenshots');
const PASSWORD = env('PPO_PASSWORD', 'ppo-local');
const TIMEOUT = Number(env('STEP_TIMEOUT_MS', '30000'));
const ONLY = process.env.ONLY;
mkdirSync(SHOTS, { recursive: true });

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 AA and axe's best practices; a serious or critical violation fails the scenario. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FAILING_IMPACTS = ['serious', 'critical'];

const { browser, description } = await launchBrowser();
console.log(`browser: ${description}`);

let failures = 0;
let passes = 0;
let axeChecks = 0;
const consoleErrors = [];

/** Runs one scenario in a fresh browser context; a thrown error fails it (with a screenshot of where it stood). */
export async function scenario(name, body) {
  if (ONLY && !name.includes(ONLY)) return;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (e) => consoleErrors.push(`${name}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${name}: ${m.text()}`); });
  const started = Date.now();
  try {
    await body(page, context);
    passes++;
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split('\n').slice(0, 12).join(' | ')}`);
    await page.screenshot({ path: join(SHOTS, `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * axe-core on the page as it stands: throws on any serious or critical violation, naming the rule, the
 * elements and the help. The script is evaluated through the DevTools protocol, so the console's
 * Content-Security-Policy stays in force.
 */
export async function axe(page, name) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  axeChecks++;
  const failing = results.violations.filter((v) => FAILING_IMPACTS.includes(v.impact));
  if (failing.length) {
    throw new Error(`axe: ${failing.length} serious or critical violation(s) on ${name}:\n${failing.map((v) =>
      `  ${v.id} (${v.impact}): ${v.help} [${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' ; ')}] ${v.helpUrl}`).join('\n')}`);
  }
}

/**
 * The page in this state: checked by axe-core, then a full-page screenshot in SHOTS. Keycloak's own pages
 * (the login form the console sends the browser to) are pictured with `{ console: false }`: not checked here.
 */
export async function shot(page, file, { console: ours = true } = {}) {
  if (ours) await axe(page, file);
  await page.screenshot({ path: join(SHOTS, file), fullPage: true });
}

/** Keycloak's login form (keycloak.v2 theme): the console sent the browser there. */
export async function logIn(page, user) {
  await page.waitForURL(/\/realms\/ppo\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin/'));
  await page.getByTestId('user-name').filter({ hasText: user }).waitFor();
}

/** The page itself does not scroll sideways at a tablet's width (tables scroll inside their frame). */
export async function atTabletWidth(page, file) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 768, height: 1024 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the page scrolls sideways by ${overflow}px at 768px`);
  await shot(page, file);
  await page.setViewportSize(before);
}

export async function textOf(locator) {
  return (await locator.textContent())?.trim() ?? '';
}

/**
 * Moves the keyboard focus to the element with Tab alone (as a keyboard user does, from where the focus is);
 * fails if the element is not reached, so a control the keyboard cannot reach fails the scenario.
 */
export async function tabTo(page, locator, maxPresses = 400) {
  const target = await locator.elementHandle();
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((t) => document.activeElement === t, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${locator} in ${maxPresses} presses`);
}

/** Replaces a focused text field's content by typing, as a keyboard user does. */
export async function retype(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The text of the element that has the keyboard focus. */
export const focused = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

/** Closes the browser, reports, and exits 1 if any scenario failed. */
export async function finish() {
  await browser.close();
  const relevant = consoleErrors.filter((e) => !/status of 40[01349]|status of 412/.test(e));
  if (relevant.length) {
    console.log(`browser console errors:\n  ${relevant.join('\n  ')}`);
  }
  console.log(`axe-core checks: ${axeChecks}`);
  console.log(`scenarios passed: ${passes}, failed: ${failures}`);
  console.log(failures === 0 ? 'ALL PASSED' : `${failures} FAILED`);
  process.exit(failures === 0 ? 0 : 1);
}
