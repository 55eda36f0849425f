// Every sample user is offered exactly the pages of their role, and each of those pages opens with its data,
// without an error and axe-clean, pictured as that role sees it. The lists below are what the access matrix
// gives each role (system-tests' access-matrix.csv): a page a role may not use is not offered.
// Run by system-tests' AdminConsoleIT against its suite (the sample data and what AdminConsoleIT adds).
import { BASE, check, finish, logIn, scenario, shot } from './harness.mjs';

const ROLES = [
  ['ada.admin', 'admin', ['Schemes', 'Nominations', 'Scoring', 'Hotspots', 'Performance', 'Plans', 'Case conferences', 'Service standards']],
  ['cora.coordinator', 'coordinator', ['Schemes', 'Nominations', 'Scoring', 'Hotspots', 'Performance', 'Plans', 'Case conferences', 'Service standards']],
  ['maya.manager', 'offender-manager', ['Schemes', 'Nominations', 'Scoring', 'Performance', 'Plans', 'Case conferences']],
  ['ann.analyst', 'analyst', ['Scoring', 'Hotspots', 'Performance', 'Plans', 'Service standards']],
  ['aud.auditor', 'auditor', ['Service standards']],
  ['dora.dpo', 'dpo', ['Service standards', 'Data protection']],
];

const slug = (text) => text.toLowerCase().replace(/\W+/g, '-');

for (const [user, role, expected] of ROLES) {
  await scenario(`${user} is offered the ${role}'s pages, and each opens clean`, async (page) => {
    await page.goto(`${BASE}/admin/`);
    await logIn(page, user);
    const navigation = page.getByRole('navigation', { name: 'Pages' });
    await navigation.getByRole('link').first().waitFor();
    const offered = (await navigation.getByRole('link').allTextContents()).map((t) => t.trim());
    check(offered.join(',') === expected.join(','), `${user} is offered ${offered.join(', ')}`);
    for (const title of expected) {
      await navigation.getByRole('link', { name: title, exact: true }).click();
      await page.locator('#main h1').first().waitFor();
      await page.locator('#main [role="status"]', { hasText: 'Loading…' }).waitFor({ state: 'detached' });
      const failed = await page.getByTestId('page-error').count();
      check(failed === 0, `${title} could not be loaded for ${user}: ${failed ? await page.getByTestId('page-error').innerText() : ''}`);
      await shot(page, `60-${slug(role)}-${slug(title)}.png`);
    }
  });
}

await finish();
