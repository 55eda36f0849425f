// Browser scenario of a person's page: a co-ordinator reads every part of a PPO's record (identity and status,
// the score with its lines and history, offences, events, needs over time, ASSET, the PPO plan, the panel's
// history) and records an ASSET assessment by keyboard alone, first with a score the API refuses. axe-core
// checks every page pictured. Run by system-tests' AdminConsoleIT, which makes the person (PersonPageData):
//   PERSON_PAGE_ID    a Hastings PPO with offences, an event, needs, ASSET, a plan and a score
//   PERSON_PAGE_NAME  their name as the page heads it ("Pia Pryor1234")
import { BASE, check, env, finish, logIn, retype, scenario, shot, tabTo, textOf } from './harness.mjs';

const PERSON_ID = env('PERSON_PAGE_ID');
const PERSON_NAME = env('PERSON_PAGE_NAME');

await scenario('a co-ordinator reads a PPO’s whole record and records an ASSET assessment by keyboard', async (page) => {
  await page.goto(`${BASE}/admin/#/people/${PERSON_ID}`);
  await logIn(page, 'cora.coordinator');
  await page.getByRole('heading', { name: PERSON_NAME, level: 1 }).waitFor();
  const facts = await textOf(page.getByTestId('person-facts'));
  check(facts.includes('Active') && facts.includes('Catch and Convict'), `identity and status: ${facts}`);

  const part = (id) => page.getByTestId(id);
  await part('latest-score').waitFor();
  await part('score-lines').locator('tr', { hasText: 'Burglary dwelling' }).first().waitFor();
  await part('score-history').getByRole('cell', { name: 'first score', exact: true }).waitFor();
  await part('offences').locator('tr', { hasText: 'Burglary dwelling' }).filter({ hasText: 'Elderly' }).waitFor();
  await part('offences').locator('tr', { hasText: 'Theft from motor vehicle' }).waitFor();
  await part('events').locator('tr', { hasText: 'Intelligence' }).filter({ hasText: 'graded B2' }).waitFor();
  const accommodation = part('needs-over-time').locator('tr', { hasText: 'Accommodation' });
  await accommodation.waitFor();
  const cells = await accommodation.locator('td').allTextContents();
  check(cells.includes('High (No fixed abode)') && cells.includes('Medium (Unsettled)') && cells.at(-1) === 'Lower need', `accommodation over time: ${cells}`);
  await part('asset-assessments').locator('tr', { hasText: 'maya.manager' }).filter({ hasText: 'YOS' }).waitFor();
  await part('plan-actions').locator('tr', { hasText: 'Weekly curfew checks' }).waitFor();
  await part('panel-history').locator('td', { hasText: 'Select onto a strand' }).waitFor();
  check(await page.getByTestId('person-asset').getByText('could not be loaded').count() === 0, 'the ASSET part failed');
  await shot(page, '50-person-record.png');

  // By keyboard alone: open the ASSET form, type a score above 64, submit; the API's message sits at the score.
  const fold = page.getByTestId('person-asset').locator('summary', { hasText: 'Record an ASSET assessment' });
  await tabTo(page, fold);
  await page.keyboard.press('Enter');
  const form = page.locator('#record-asset');
  await tabTo(page, form.locator('#record-asset-score'));
  await page.keyboard.type('99');
  await tabTo(page, form.getByRole('button', { name: 'Record ASSET' }));
  await page.keyboard.press('Enter');
  await form.locator('[data-error-for="score"]').filter({ hasText: /\S/ }).waitFor();
  check(await form.locator('#record-asset-score').getAttribute('aria-invalid') === 'true', 'the score is not marked invalid');
  check((await page.title()).startsWith('Error: '), `the page title does not start "Error: ": ${await page.title()}`);
  await shot(page, '51-person-asset-refused.png');

  // The error summary's link takes the focus to the score; put it right, Tab to the button, Enter.
  await tabTo(page, form.getByTestId('error-summary').getByRole('link').first());
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement?.id) === 'record-asset-score', 'the summary link did not focus the score');
  await retype(page, '31');
  await tabTo(page, form.getByRole('button', { name: 'Record ASSET' }));
  await page.keyboard.press('Enter');
  await form.getByText('ASSET assessment recorded').first().waitFor();
  await part('asset-assessments').locator('tr', { hasText: 'cora.coordinator' }).locator('td', { hasText: /^31$/ }).waitFor();
  await shot(page, '52-person-asset-recorded.png');
});

await finish();
