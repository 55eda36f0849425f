// Browser scenarios of the partnership's task pages, each walked by the role that does it: a co-ordinator
// runs a case conference from its agenda; an analyst reads a ward's trend; a co-ordinator records a quarter's
// progress and downloads the board pack; the DPO disposes of a person. axe-core checks every page pictured; the
// case conference, the quarter's progress, the board pack and the disposal are done by keyboard alone.
// Run by system-tests' AdminConsoleIT, which makes the people (TaskPagesData):
//   CONFERENCE_PERSON_NAME  a Hastings PPO with an active plan ("Conway1234, Ray")
//   DISPOSE_PERSON_NAME     a PPO deselected in 2009, due for a retention review ("Oldfield1234, Dana")
import { BASE, check, env, finish, logIn, scenario, shot, textOf } from './harness.mjs';

const SCHEME_ID = env('SCHEME_ID');
const CONFERENCE_PERSON = env('CONFERENCE_PERSON_NAME');
const DISPOSE_PERSON = env('DISPOSE_PERSON_NAME');

/** By keyboard: the control gets the focus (as Tab would give it) and Enter presses it. */
async function press(page, control) {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** By keyboard: a select takes the option whose label starts with what is typed; checks it took `value`. */
async function choose(page, select, typed, value) {
  await select.focus();
  await page.keyboard.type(typed);
  const chosen = await select.inputValue();
  check(chosen === value, `typing "${typed}" chose "${chosen}", not "${value}"`);
}

const navigation = (page) => page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents();

/** A day in the last 20 days (the PPO discussed was selected 30 days ago), so a rerun against the same suite holds a conference on another day. */
const conferenceDay = new Date(Date.now() - (1 + Math.floor(Math.random() * 20)) * 86_400_000).toISOString().slice(0, 10);

await scenario('a co-ordinator runs a case conference from its agenda, by keyboard', async (page) => {
  await page.goto(`${BASE}/admin/#/case-conferences?scheme=${SCHEME_ID}`);
  await logIn(page, 'cora.coordinator');
  await page.getByRole('heading', { name: /^Case conferences/, level: 1 }).waitFor();
  await page.getByTestId('amber-list').waitFor();
  await shot(page, '40-case-conferences.png');
  await page.locator('#conference-form-heldOn').fill(conferenceDay);
  for (const agency of ['Police', 'Probation']) {
    await page.getByLabel(agency).focus();
    await page.keyboard.press('Space');
  }
  await press(page, page.getByRole('button', { name: 'Open the agenda' }));
  await page.waitForURL(/#\/case-conferences\/[0-9a-f-]{36}$/);
  await page.getByTestId('attendance').filter({ hasText: 'Police, Probation' }).waitFor();
  const item = page.locator(`details[data-person="${CONFERENCE_PERSON}"]`);
  await item.waitFor();
  await shot(page, '41-conference-agenda.png');
  // The discussion, then the action raised into their plan.
  await item.getByLabel('Discussion', { exact: true }).focus();
  await page.keyboard.type('Engaging with the hostel; two missed appointments in November');
  await item.getByLabel('Action to raise into their plan (optional)').focus();
  await page.keyboard.type('Find a move-on flat with the housing team');
  await choose(page, item.getByLabel('Area'), 'Accommodation', 'ACCOMMODATION');
  await choose(page, item.getByLabel('Agency'), 'Housing', 'housing');
  await press(page, item.getByRole('button', { name: 'Record the discussion' }));
  await item.getByTestId('discussed').filter({ hasText: 'two missed appointments' }).waitFor();
  check((await textOf(item.getByTestId('discussed'))).includes('Actions raised: 1'), 'the raised action is not shown');
  await shot(page, '42-conference-discussed.png');
});

await scenario('an analyst finds the hot and cold spots and reads a ward’s trend, seasonality and hours', async (page) => {
  await page.goto(`${BASE}/admin/#/hotspots`);
  await logIn(page, 'ann.analyst');
  const nav = (await navigation(page)).map((n) => n.trim()).join(',');
  check(nav === 'Scoring,Hotspots,Performance,Plans,Service standards', `analyst's pages: ${nav}`);
  const ward = page.getByTestId('ward-table').getByRole('link').first();
  await ward.waitFor();
  // Hot and cold spots of the same window, by keyboard: on their own map with a legend, and as a table.
  await page.getByTestId('gi-run').focus();
  await page.keyboard.press('Enter');
  const gi = page.getByTestId('gi-table').locator('p').first();
  await gi.filter({ hasText: /significant wards?, \d+ not significant; weights: / }).waitFor();
  check(await page.locator('#gi-map path.leaflet-interactive').count() > 0, 'the Gi* map shows no wards');
  check((await textOf(page.getByTestId('gi-legend'))).includes('Hot spot, 99 % confidence'), 'the Gi* map has no legend');
  await shot(page, '43a-hotspots-gi.png');
  const name = await textOf(ward);
  await ward.click();
  await page.getByRole('heading', { name: `${name}: patterns`, level: 1 }).waitFor();
  for (const chart of ['ward-trend', 'ward-seasonal', 'ward-hours']) {
    await page.getByTestId(chart).locator('canvas').waitFor();
  }
  const trend = page.getByTestId('ward-trend');
  await trend.getByText(/^Show the figures/).click();
  const rows = await trend.locator('tbody tr').count();
  check(rows > 0, 'the trend has no table of its figures');
  check(/incidents over \d+ months/.test(await textOf(trend.locator('p').first())), 'the trend has no summary in words');
  await shot(page, '43-ward-patterns.png');
});

await scenario('a co-ordinator records a quarter’s progress and downloads the board pack, by keyboard', async (page) => {
  await page.goto(`${BASE}/admin/#/plans`);
  await logIn(page, 'cora.coordinator');
  await press(page, page.getByTestId('plans').getByRole('link', { name: 'East Sussex Community Safety Agreement 2010/11' }));
  await page.getByTestId('report-totals').waitFor();
  await shot(page, '44-plan-report.png');
  const csv = page.waitForEvent('download');
  await press(page, page.getByTestId('report-csv'));
  const report = await csv;
  check(report.suggestedFilename().endsWith('.csv'), `the report downloads as ${report.suggestedFilename()}`);
  await press(page, page.locator('section[data-testid^="priority-"] tbody a').first());
  await page.locator('#progress-form').waitFor();
  await choose(page, page.locator('#progress-form-quarter'), '2010/11 Q3', '2010/11 Q3');
  await choose(page, page.locator('#progress-form-rag'), 'Amber', 'AMBER');
  await page.locator('#progress-form-note').focus();
  await page.keyboard.type('Two of five providers signed up; the rest meet in January');
  await press(page, page.getByRole('button', { name: 'Record progress' }));
  await page.getByTestId('progress').getByText('Two of five providers signed up').waitFor();
  await page.getByTestId('latest-rag').filter({ hasText: 'Amber' }).waitFor();
  await shot(page, '45-action-progress.png');

  await page.goto(`${BASE}/admin/#/performance?partnership=East%20Sussex&year=2009%2F10`);
  await page.getByTestId('indicator-NI 30').locator('canvas').waitFor();
  await page.getByTestId('board-pack').waitFor();
  await shot(page, '46-performance.png');
  const pdf = page.waitForEvent('download');
  await press(page, page.getByTestId('board-pack-pdf'));
  const pack = await pdf;
  check(pack.suggestedFilename().endsWith('.pdf'), `the board pack downloads as ${pack.suggestedFilename()}`);
});

await scenario('the DPO disposes of a person due for a retention review, by keyboard', async (page) => {
  await page.goto(`${BASE}/admin/#/data-protection`);
  await logIn(page, 'dora.dpo');
  const nav = (await navigation(page)).map((n) => n.trim()).join(',');
  check(nav === 'Service standards,Data protection', `the DPO's pages: ${nav}`);
  const review = page.locator(`details[data-person="${DISPOSE_PERSON}"]`);
  await review.waitFor();
  await shot(page, '47-retention-queue.png');
  await press(page, review.locator('summary'));
  await choose(page, review.getByLabel('Outcome'), 'Dispose', 'DISPOSE');
  await review.getByLabel('Reason', { exact: true }).focus();
  await page.keyboard.type('No continuing policing purpose since 2009');
  await press(page, review.getByRole('button', { name: 'Record the decision' }));
  await page.waitForURL(/#\/data-protection\/disposals\/[0-9a-f-]{36}$/);
  await page.getByTestId('disposal-status').filter({ hasText: /^Completed/ }).waitFor({ timeout: 60_000 });
  await shot(page, '48-disposal.png');
});

await finish();
