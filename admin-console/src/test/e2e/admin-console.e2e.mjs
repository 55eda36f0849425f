// End-to-end scenarios of the admin console in a real browser (the Chromium of @sparticuz/chromium, or
// CHROMIUM=/path, driven by playwright-core: see browser.mjs). Run by system-tests' AdminConsoleIT against
// the suite it started; runnable by hand against ./run.sh too:
//   BASE_URL=http://localhost:8080 SCHEME_ID=<HASTINGS id> PERSON_ID=<a nominated candidate> \
//   PERSON_NAME="Walker, Kyle" node admin-console/src/test/e2e/admin-console.e2e.mjs
// The scheme-edit and score-run scenarios run when EDIT_SCHEME_ID/EDIT_SCHEME_CODE (a scheme they may
// rename) and RUN_PERSON_NAME (a HASTINGS candidate with no C&C nomination whose offending puts them
// in the C&C proposal as a joiner) are given; AdminConsoleIT makes both.
// Prints one "PASS <scenario>" or "FAIL <scenario>: <why>" line per scenario; exit code 1 if any failed.
import {
  atTabletWidth, BASE, check, env, finish, focused, logIn, retype, scenario, shot, tabTo, textOf,
} from './harness.mjs';

const SCHEME_ID = env('SCHEME_ID');
const PERSON_ID = env('PERSON_ID');
const PERSON_NAME = env('PERSON_NAME');
const NEW_SCHEME = env('NEW_SCHEME_CODE', `E2E${Date.now() % 100000}`);
const EDIT_SCHEME_ID = process.env.EDIT_SCHEME_ID;
const EDIT_SCHEME_CODE = process.env.EDIT_SCHEME_CODE;
const EDITED_NAME = env('EDITED_SCHEME_NAME', `${EDIT_SCHEME_CODE} and Rother PPO Scheme`);
const RUN_PERSON_NAME = process.env.RUN_PERSON_NAME;

/** The pages the service navigation offers. */
const navigation = (page) => page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents();

/** Whether the browser's date fields take the month first: typed into a throwaway field, keys only. */
async function dateFieldMonthFirst(page) {
  const focused = await page.evaluate(() => document.activeElement?.id);
  await page.evaluate(() => {
    const probe = Object.assign(document.createElement('input'), { type: 'date', id: 'date-order-probe' });
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type('01022000');
  const value = await page.locator('#date-order-probe').inputValue();
  await page.evaluate((id) => { document.getElementById('date-order-probe').remove(); if (id) document.getElementById(id)?.focus(); }, focused);
  return value === '2000-01-02';
}

await scenario('an admin creates a scheme with the keyboard and sees it listed', async (page) => {
  await page.goto(`${BASE}/admin/`);
  await logIn(page, 'ada.admin');
  await page.waitForURL(/#\/schemes$/);
  await page.getByRole('heading', { name: 'Schemes', level: 1 }).waitFor();
  const nav = await navigation(page);
  check(nav.map((n) => n.trim()).join(',') === 'Schemes,Nominations,Scoring,Hotspots,Performance,Plans,Case conferences,Service standards', `admin's pages: ${nav}`);
  await page.getByTestId('scheme-list').getByRole('link', { name: 'HASTINGS', exact: true }).waitFor();
  await shot(page, '01-schemes.png');

  // Create a scheme with the keyboard only: type, Tab to the next field, Enter on the button.
  await page.locator('#create-scheme-code').focus();
  await page.keyboard.type(NEW_SCHEME);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${NEW_SCHEME} PPO Scheme`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rother');
  await page.keyboard.press('Tab');
  await page.keyboard.type('East Sussex');
  await page.keyboard.press('Tab');
  check(await focused(page) === 'Create scheme', 'Tab did not reach the Create button');
  await page.keyboard.press('Enter');
  await page.locator('#create-scheme').getByTestId('form-status').filter({ hasText: `Scheme ${NEW_SCHEME} created` }).waitFor();
  await page.getByTestId('scheme-list').getByRole('link', { name: NEW_SCHEME, exact: true }).waitFor();
  check(await page.locator('#create-scheme-code').inputValue() === '', 'the form was not cleared after a successful save');
  await shot(page, '02-scheme-created.png');
});

await scenario('a save the API rejects shows the field error next to the field and keeps what was typed', async (page) => {
  await page.goto(`${BASE}/admin/#/schemes`);
  await logIn(page, 'ada.admin');
  await page.locator('#create-scheme-code').fill('HASTINGS');
  await page.locator('#create-scheme-name').fill('A second Hastings scheme');
  await page.locator('#create-scheme-district').fill('Hastings');
  await page.getByRole('button', { name: 'Create scheme' }).click();
  const error = page.locator('#create-scheme [data-error-for="code"]');
  await error.filter({ hasText: 'already exists' }).waitFor();
  // The GOV.UK error pattern: a summary at the top of the form, focused, linking to the field; the message
  // under the field's label, the field's group marked, the input invalid and described by its message.
  const summary = page.locator('#create-scheme').getByTestId('error-summary');
  await summary.getByRole('link', { name: /already exists/ }).waitFor();
  check(await page.evaluate(() => !!document.activeElement?.closest('.govuk-error-summary')), 'the error summary did not take the focus');
  check((await page.title()).startsWith('Error: '), `the title does not say there is an error: ${await page.title()}`);
  check(await page.locator('[data-field="code"] .govuk-error-message').textContent() === await error.textContent(), 'error not in the code field');
  check(await page.locator('[data-field="code"]').getAttribute('class').then((c) => c.includes('govuk-form-group--error')), 'the code field group is not marked');
  check(await page.locator('#create-scheme-code').getAttribute('aria-invalid') === 'true', 'code not marked invalid');
  check((await page.locator('#create-scheme-code').getAttribute('aria-describedby')).split(' ').includes(await error.getAttribute('id')), 'code not described by its error');
  check(await page.locator('#create-scheme-name').inputValue() === 'A second Hastings scheme', 'the name typed was lost');
  check(await page.locator('[data-error-for="name"]').isHidden(), 'an error appeared on a field the API did not name');
  await shot(page, '03-scheme-rejected.png');
  // The summary's link takes the keyboard to the field.
  await summary.getByRole('link', { name: /already exists/ }).press('Enter');
  check(await page.evaluate(() => document.activeElement?.id) === 'create-scheme-code', 'the summary link did not focus the code field');
  check(new URL(page.url()).hash === '#/schemes', `the summary link changed the route: ${page.url()}`);
});

await scenario('an admin selects a nominated person onto a strand through the panel form and finds them in the cohort', async (page) => {
  await page.goto(`${BASE}/admin/#/nominations?scheme=${SCHEME_ID}`);
  await logIn(page, 'ada.admin');
  const table = page.getByTestId('nominations-table');
  const row = table.locator('tr', { hasText: PERSON_NAME });
  await row.waitFor();
  await shot(page, '04-nominations.png');
  await row.getByRole('link', { name: /^Open for panel/ }).click();
  await page.waitForURL(new RegExp(`#/people/${PERSON_ID}$`));
  await page.locator('#panel-decision').waitFor();
  await shot(page, '05-person.png');

  // The API refuses a decision dated in the future: the message sits at "Decided on".
  const form = page.locator('#panel-decision');
  await form.locator('#panel-decision-type').selectOption('SELECT');
  await form.locator('#panel-decision-strand').selectOption('CATCH_CONVICT');
  const future = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
  await form.locator('#panel-decision-decidedOn').fill(future);
  await form.locator('#panel-decision-rationale').fill('Matrix score 64; eleven thefts from vehicles since June');
  await form.getByLabel('Police').check();
  await form.getByLabel('Probation').check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  await form.locator('[data-error-for="decidedOn"]').filter({ hasText: 'future' }).waitFor();
  check(await form.locator('#panel-decision-rationale').inputValue() === 'Matrix score 64; eleven thefts from vehicles since June', 'rationale lost');
  await shot(page, '06-decision-rejected.png');

  // Put right by keyboard alone: the error summary's link takes the focus to the date, Tab to the button, Enter.
  const today = new Date().toISOString().slice(0, 10);
  // a date field takes its parts in the order of the browser's own language (dd/mm/yyyy or mm/dd/yyyy)
  const parts = { day: today.slice(8, 10), month: today.slice(5, 7), year: today.slice(0, 4) };
  const order = (await dateFieldMonthFirst(page)) ? ['month', 'day', 'year'] : ['day', 'month', 'year'];
  await form.getByTestId('error-summary').getByRole('link', { name: /future/ }).focus();
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement?.id) === 'panel-decision-decidedOn', 'the summary link did not focus the date');
  await page.keyboard.type(order.map((t) => parts[t]).join(''));
  check(await form.locator('#panel-decision-decidedOn').inputValue() === today, `the date typed reads ${await form.locator('#panel-decision-decidedOn').inputValue()}`);
  await tabTo(page, form.getByRole('button', { name: 'Record decision' }));
  await page.keyboard.press('Enter');
  await page.locator('table', { hasText: 'Select onto a strand' }).locator('td', { hasText: 'CANDIDATE → ACTIVE (Catch and Convict)' }).waitFor();
  const facts = await textOf(page.getByTestId('person-facts'));
  check(facts.includes('Active') && facts.includes('Catch and Convict'), `person facts after the decision: ${facts}`);
  await shot(page, '07-person-selected.png');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'HASTINGS' }).click();
  const cohortRow = page.getByTestId('cohort-table').locator('tr', { hasText: PERSON_NAME });
  await cohortRow.waitFor();
  const cells = await cohortRow.locator('td').allTextContents();
  check(cells[2] === 'Catch and Convict' && cells[3] === 'Active', `cohort row: ${cells}`);
  await shot(page, '08-cohort.png');
  await atTabletWidth(page, '09-cohort-tablet.png');
});

await scenario('an officer signs in and sees no admin pages', async (page) => {
  await page.goto(`${BASE}/admin/#/schemes`);
  await logIn(page, 'oscar.officer');
  await page.getByTestId('no-pages').waitFor();
  check((await navigation(page)).length === 0, 'an officer was shown page links');
  check((await page.locator('#create-scheme').count()) === 0, 'an officer was shown the scheme form');
  await page.goto(`${BASE}/admin/#/people/${PERSON_ID}`);
  await page.getByTestId('no-pages').waitFor();
  check((await page.locator('#panel-decision').count()) === 0, 'an officer was shown the panel form');
  await shot(page, '10-officer-no-pages.png');
});

await scenario('an expired session goes back to the login page, and log out ends the session', async (page, context) => {
  await page.goto(`${BASE}/admin/#/schemes`);
  await logIn(page, 'cora.coordinator');
  check((await page.locator('#create-scheme').count()) === 0, 'a co-ordinator was shown the admin-only scheme form');
  // The session ends at Keycloak (cookies gone) and the gateway refuses the token: the console
  // must send the user to log in, and bring them back to the page they were on.
  await context.clearCookies();
  await page.route('**/api/v1/**', (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"title":"Unauthorized"}' }));
  await page.goto(`${BASE}/admin/#/nominations?scheme=${SCHEME_ID}`);
  await page.locator('#kc-login').waitFor();
  await shot(page, '11-session-expired-login.png', { console: false });
  await page.unroute('**/api/v1/**');
  await logIn(page, 'cora.coordinator');
  await page.waitForURL(/#\/nominations/);
  await page.getByTestId('nominations-table').locator('table').waitFor();

  await page.getByTestId('logout').click();
  await page.locator('#kc-login').waitFor();
  // After logging out, the console opens nothing without a new login.
  await page.goto(`${BASE}/admin/#/schemes`);
  await page.locator('#kc-login').waitFor();
  await shot(page, '12-logged-out.png', { console: false });
});

await scenario('an admin sees the scoring matrices and the hotspot wards on a map', async (page) => {
  await page.goto(`${BASE}/admin/#/scoring`);
  await logIn(page, 'ada.admin');
  const list = page.getByTestId('matrix-list');
  await list.getByRole('link', { name: 'Version 1', exact: true }).waitFor();
  await shot(page, '13-scoring.png');
  await list.getByRole('link', { name: 'Version 1', exact: true }).click();
  await page.getByRole('heading', { name: /Matrix version 1/ }).waitFor();
  check(await page.locator('#copy-matrix').count() === 1, 'an admin was not offered a copy of the matrix');
  await shot(page, '14-matrix.png');

  if (EDIT_SCHEME_ID) {
    // Copy version 1 into a draft: a multiplier the API's validation refuses is named at the very cell.
    const copy = page.locator('#copy-matrix');
    const name = `Burglary weighting ${Date.now() % 100000}`;
    await copy.locator('#copy-matrix-name').fill(name);
    const multiplier = copy.getByLabel('Burglary dwelling series multiplier', { exact: true });
    await multiplier.fill('0');
    await copy.getByRole('button', { name: 'Create draft version' }).click();
    await copy.locator('[data-error-for="categories"]').filter({ hasText: 'Burglary dwelling series multiplier: must be between 1 and 100' }).waitFor();
    check(await multiplier.getAttribute('aria-invalid') === 'true', 'the refused multiplier is not marked');
    check(await copy.locator('#copy-matrix-name').inputValue() === name, 'the name typed was lost');
    await shot(page, '14a-matrix-copy-rejected.png');
    await multiplier.fill('7');
    await copy.getByRole('button', { name: 'Create draft version' }).click();
    await page.getByRole('heading', { name: new RegExp(`Matrix version \\d+: ${name}`) }).waitFor();
    check(await textOf(page.getByTestId('matrix-status')) === 'Draft', 'the copy is not a draft');

    // Try the draft on its example (two convicted dwelling-burglary series: 2 × 5 × 7), then activate it for one scheme.
    await page.getByRole('button', { name: 'Score the example' }).click();
    const line = page.getByTestId('evaluation').locator('tr', { hasText: 'Burglary dwelling series' });
    await line.waitFor();
    const cells = await line.locator('td').allTextContents();
    check(cells.join(',') === 'Burglary dwelling series,2,5,7,70', `the draft's line: ${cells}`);
    await page.locator('#activate-schemeId').selectOption(EDIT_SCHEME_ID);
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByTestId('matrix-status').filter({ hasText: 'Active' }).waitFor();
    await shot(page, '14b-matrix-activated.png');
  }

  await page.goto(`${BASE}/admin/#/hotspots`);
  await page.getByTestId('thresholds').locator('td', { hasText: 'Default (all others)' }).waitFor();
  const wards = page.getByTestId('ward-table').locator('tbody tr');
  await wards.first().waitFor();
  check(await wards.count() > 5, `only ${await wards.count()} wards`);
  // Rates for the six months shown and per year (source 001's bands were set on 12 months of data).
  const columns = await page.getByTestId('ward-table').locator('th').allTextContents();
  check(columns.includes('Per 1,000 in the window') && columns.includes('Per 1,000 per year'), `ward table columns: ${columns}`);
  check((await textOf(page.getByTestId('ward-table').locator('caption'))).includes('(6 months; per year = window × 12 ÷ 6)'),
    'the ward table does not say how its rates were made yearly');
  check(await page.locator('#map path.leaflet-interactive').count() > 5, 'the map shows no ward polygons');
  await shot(page, '15-hotspots.png');

  // An API-rejected threshold (amber above red) shows its message at the field the API names. By keyboard alone.
  const form = page.locator('#thresholds-form');
  await tabTo(page, form.locator('#thresholds-form-partnershipCode'));
  await page.keyboard.press('ArrowDown');
  check(await form.locator('#thresholds-form-partnershipCode').inputValue() !== '', 'the keyboard did not choose a partnership');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60');
  await tabTo(page, form.getByRole('button', { name: 'Save thresholds' }));
  await page.keyboard.press('Enter');
  await form.locator('[data-error-for="redFrom"]').filter({ hasText: 'greater than amberFrom' }).waitFor();
  check(await form.locator('#thresholds-form-amberFrom').inputValue() === '60', 'amber value lost');
  await shot(page, '16-threshold-rejected.png');
});

if (EDIT_SCHEME_ID && EDIT_SCHEME_CODE) {
  await scenario('an admin edits a scheme with the keyboard, and a stale edit is refused with the input kept', async (page, context) => {
    await page.goto(`${BASE}/admin/#/schemes`);
    await logIn(page, 'ada.admin');
    // A second tab on the same scheme, opened before the first one saves: it holds the old version.
    const stale = await context.newPage();
    await stale.goto(`${BASE}/admin/#/schemes/${EDIT_SCHEME_ID}/edit`);
    await stale.locator('#edit-scheme-name').waitFor();

    await page.getByTestId('scheme-list').getByRole('link', { name: `Edit ${EDIT_SCHEME_CODE}`, exact: true }).click();
    await page.waitForURL(new RegExp(`#/schemes/${EDIT_SCHEME_ID}/edit$`));
    const name = page.locator('#edit-scheme-name');
    await name.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(EDITED_NAME);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    check(await focused(page) === 'Save changes', 'Tab did not reach the Save button');
    await page.keyboard.press('Enter');
    await page.locator('#edit-scheme').getByTestId('form-status').filter({ hasText: `Saved ${EDIT_SCHEME_CODE} (version 1)` }).waitFor();
    await shot(page, '17-scheme-edited.png');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Schemes' }).click();
    const row = page.getByTestId('scheme-list').locator('tr', { hasText: EDIT_SCHEME_CODE });
    await row.locator('td', { hasText: EDITED_NAME }).waitFor();

    // The other tab still has version 0: its save is refused, says why, and keeps what was typed.
    await stale.locator('#edit-scheme-name').fill('Typed in the stale tab');
    await stale.locator('#edit-scheme-county').fill('Kent');
    await stale.getByRole('button', { name: 'Save changes' }).click();
    const message = stale.locator('#edit-scheme').getByTestId('error-summary');
    await message.filter({ hasText: 'Not saved' }).waitFor();
    const text = await textOf(message);
    check(text.includes('someone else changed this scheme') && text.includes(`Name is now “${EDITED_NAME}”`), `stale message: ${text}`);
    check(await stale.locator('#edit-scheme-name').inputValue() === 'Typed in the stale tab', 'the stale tab lost the name typed');
    check(await stale.locator('#edit-scheme-county').inputValue() === 'Kent', 'the stale tab lost the county typed');
    await shot(stale, '18-scheme-stale-edit.png');

    // A field the API rejects: its message sits at the field.
    await stale.locator('#edit-scheme-name').fill('');
    await stale.getByRole('button', { name: 'Save changes' }).click();
    await stale.locator('#edit-scheme [data-error-for="name"]').filter({ hasText: /blank|empty|null/ }).waitFor();
    check(await stale.locator('#edit-scheme-name').getAttribute('aria-invalid') === 'true', 'name not marked invalid');
    await atTabletWidth(stale, '19-scheme-edit-tablet.png');
    await stale.close();
  });
}

if (RUN_PERSON_NAME) {
  await scenario('a co-ordinator starts a score run, reads the ranked proposal with an explanation, submits it and sees the nominations', async (page) => {
    await page.goto(`${BASE}/admin/#/scoring?scheme=${SCHEME_ID}`);
    await logIn(page, 'cora.coordinator');
    // By keyboard alone: the form starts on the scheme the page shows; Tab to the button, Enter.
    const start = page.locator('#start-run');
    await start.waitFor();
    check(await start.locator('#start-run-schemeId').inputValue() === SCHEME_ID, 'the run form does not start on the scheme shown');
    await tabTo(page, start.getByRole('button', { name: 'Start score run' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/scoring\/runs\/[0-9a-f-]+$/);
    await page.getByTestId('run-state').filter({ hasText: 'Completed' }).waitFor({ timeout: 120_000 });

    const cc = page.getByTestId('proposal-CATCH_CONVICT');
    const row = cc.locator('tbody > tr', { hasText: RUN_PERSON_NAME });
    await row.waitFor();
    const cells = await row.locator(':scope > td').allTextContents();
    check(/^\d+$/.test(cells[0]) && cells[4] === 'Join', `the candidate's row: ${cells.slice(0, 6)}`);
    check((await cc.locator('caption').textContent()).includes('join'), 'no counts in the C&C caption');
    await shot(page, '20-score-run-proposal.png');

    // The explanation opens from the keyboard: rule, count, points, multiplier, subtotal.
    const why = row.getByRole('button', { name: 'Why this score' });
    await why.focus();
    await page.keyboard.press('Enter');
    check(await why.getAttribute('aria-expanded') === 'true', 'the explanation button does not say it is expanded');
    const explained = page.locator(`#${await why.getAttribute('aria-controls')} .app-explain table`).first();
    await explained.waitFor();
    const header = await explained.locator('th').allTextContents();
    check(header.join(',') === 'Rule,Count,Points,Multiplier,Subtotal', `explanation columns: ${header}`);
    const burglary = await explained.locator('tr', { hasText: 'Burglary dwelling series' }).locator('td').allTextContents();
    check(burglary.join(',') === 'Burglary dwelling series,4,5,6,120', `burglary line: ${burglary}`);
    await shot(page, '21-proposal-explained.png');
    await atTabletWidth(page, '22-proposal-tablet.png');

    const submit = page.locator('#submit-proposal');
    check(await submit.getByLabel(new RegExp(RUN_PERSON_NAME)).count() === 1, 'the candidate is not offered for nomination');
    await tabTo(page, submit.getByRole('button', { name: 'Submit proposal' }));
    await page.keyboard.press('Enter');
    const result = page.getByTestId('submission-result');
    await result.filter({ hasText: /nominations? created/ }).waitFor();
    const created = Number((await textOf(result)).match(/(\d+) nominations? created/)[1]);
    check(created >= 1, `nominations created: ${created}`);
    await page.getByTestId('proposal-status').filter({ hasText: 'Submitted' }).waitFor();
    check(await page.locator('#submit-proposal').count() === 0, 'a submitted proposal still offers submission');
    await row.locator('td', { hasText: 'nominated by this proposal' }).waitFor();
    await shot(page, '23-proposal-submitted.png');

    await result.getByRole('link', { name: 'See the nominations pending a panel' }).click();
    await page.waitForURL(/#\/nominations\?scheme=/);
    const nomination = page.getByTestId('nominations-table').locator('tr', { hasText: RUN_PERSON_NAME }).filter({ hasText: 'Catch and Convict' });
    await nomination.waitFor();
    check((await textOf(nomination)).includes('cora.coordinator'), `nomination row: ${await textOf(nomination)}`);
    await shot(page, '24-nominations-after-submission.png');
  });

  await scenario('an admin reads score runs but is offered neither starting one nor submitting', async (page) => {
    await page.goto(`${BASE}/admin/#/scoring?scheme=${SCHEME_ID}`);
    await logIn(page, 'ada.admin');
    const runs = page.getByTestId('run-list').locator('tbody a');
    await runs.first().waitFor();
    check(await page.locator('#start-run').count() === 0, 'an admin was offered to start a run (co-ordinators only)');
    await runs.first().click();
    await page.getByTestId('run-state').filter({ hasText: 'Completed' }).waitFor();
    await page.getByTestId('proposal-CATCH_CONVICT').waitFor();
    check(await page.locator('#submit-proposal').count() === 0, 'an admin was offered to submit a proposal (co-ordinators only)');
  });
}

await finish();
