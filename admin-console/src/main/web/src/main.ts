import './style.scss';
import { h, replace } from './dom';
import { logout, roles, signIn, userName } from './auth';
import { pagesFor } from './roles';
import { ApiError } from './problem';
import { notificationBanner, pageHeading } from './govuk';
import { pageShown, showAccount, showNavigation, startFrame } from './layout';

type Render = (main: HTMLElement, params: string[], roles: string[]) => Promise<void>;

/** Hash routes: #/schemes, #/schemes/{id}, #/nominations, #/people/{id}, #/scoring…, #/hotspots. */
const routes: Array<[RegExp, string, () => Promise<Render>]> = [
  [/^\/schemes$/, 'schemes', async () => (await import('./pages/schemes')).schemesPage],
  [/^\/schemes\/([^/]+)$/, 'schemes', async () => (await import('./pages/cohort')).cohortPage],
  [/^\/schemes\/([^/]+)\/edit$/, 'schemes', async () => (await import('./pages/schemes')).schemeEditPage],
  [/^\/people\/([^/]+)$/, 'schemes', async () => (await import('./pages/person')).personPage],
  [/^\/nominations$/, 'nominations', async () => (await import('./pages/nominations')).nominationsPage],
  [/^\/scoring$/, 'scoring', async () => (await import('./pages/scoring')).scoringPage],
  [/^\/scoring\/matrices\/([^/]+)$/, 'scoring', async () => (await import('./pages/matrix')).matrixPage],
  [/^\/scoring\/runs\/([^/]+)$/, 'scoring', async () => (await import('./pages/score-run')).scoreRunPage],
  [/^\/hotspots$/, 'hotspots', async () => (await import('./pages/hotspots')).hotspotsPage],
  [/^\/hotspots\/wards\/([^/]+)$/, 'hotspots', async () => (await import('./pages/ward')).wardPage],
  [/^\/performance$/, 'performance', async () => (await import('./pages/performance')).performancePage],
  [/^\/case-conferences$/, 'case-conferences', async () => (await import('./pages/conferences')).conferencesPage],
  [/^\/case-conferences\/([^/]+)$/, 'case-conferences', async () => (await import('./pages/conferences')).conferencePage],
  [/^\/service-standards$/, 'service-standards', async () => (await import('./pages/standards')).standardsPage],
  [/^\/data-protection$/, 'data-protection', async () => (await import('./pages/dataprotection')).dataProtectionPage],
  [/^\/data-protection\/disposals\/([^/]+)$/, 'data-protection', async () => (await import('./pages/dataprotection')).disposalPage],
  [/^\/data-protection\/subject-access\/([^/]+)$/, 'data-protection', async () => (await import('./pages/dataprotection')).subjectAccessPage],
  [/^\/plans$/, 'plans', async () => (await import('./pages/plans')).plansPage],
  [/^\/plans\/([^/]+)$/, 'plans', async () => (await import('./pages/plans')).planPage],
  [/^\/plans\/([^/]+)\/actions\/([^/]+)$/, 'plans', async () => (await import('./pages/action')).actionPage],
];

async function route(): Promise<void> {
  const main = document.getElementById('main')!;
  const mine = roles();
  const pages = pagesFor(mine);
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  const match = routes.map(([re, page, load]) => ({ m: path.match(re), page, load })).find((r) => r.m);
  showNavigation(pages, match?.page ?? null);

  if (pages.length === 0) {
    replace(main, h('div', { 'data-testid': 'no-pages' },
      pageHeading('No admin pages for your role'),
      h('p.govuk-body', {}, `You are signed in as ${userName()}. The admin console is for administrators, co-ordinators, offender managers and analysts; your role (${mine.filter((r) => !r.startsWith('default-') && r !== 'offline_access' && r !== 'uma_authorization').join(', ') || 'none'}) has no pages here.`)));
    document.title = 'No pages · PPO admin console';
    pageShown(main);
    return;
  }
  if (path === '/') {
    location.replace(`#/${pages[0].path}`);
    return;
  }
  if (!match || !pages.some((p) => p.path === match.page)) {
    document.title = 'Page not found · PPO admin console';
    replace(main, pageHeading('Page not found'),
      h('p.govuk-body', {}, 'There is no such page for your role.'),
      h('p.govuk-body', {}, h('a.govuk-link', { href: `#/${pages[0].path}` }, `Go to ${pages[0].title.toLowerCase()}`)));
    pageShown(main);
    return;
  }
  replace(main, h('p.govuk-body', { role: 'status' }, 'Loading…'));
  try {
    const render = await match.load();
    await render(main, match.m!.slice(1).map(decodeURIComponent), mine);
  } catch (e) {
    const message = e instanceof ApiError ? `${e.problem.title ?? 'Error'} (${e.problem.status}): ${e.problem.detail ?? ''}` : String(e);
    document.title = 'Error: page not loaded · PPO admin console';
    replace(main, h('div', { 'data-testid': 'page-error' },
      pageHeading('This page could not be loaded'),
      notificationBanner('important', 'The service answered with an error', h('p.govuk-body', {}, message))));
  }
  pageShown(main);
}

async function start(): Promise<void> {
  startFrame();
  try {
    await signIn();
  } catch (e) {
    replace(document.getElementById('main')!, pageHeading('Sign-in is not available'),
      notificationBanner('important', 'Keycloak could not be reached', h('p.govuk-body', {}, String(e))));
    return;
  }
  showAccount(userName(), () => logout());
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
