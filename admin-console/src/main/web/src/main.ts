import './style.css';
import { h, replace } from './dom';
import { logout, roles, signIn, userName } from './auth';
import { pagesFor } from './roles';
import { ApiError } from './problem';

type Render = (main: HTMLElement, params: string[], roles: string[]) => Promise<void>;

/** Hash routes: #/schemes, #/schemes/{id}, #/nominations, #/people/{id}, #/scoring…, #/hotspots. */
const routes: Array<[RegExp, string, () => Promise<Render>]> = [
  [/^\/schemes$/, 'schemes', async () => (await import('./pages/schemes')).schemesPage],
  [/^\/schemes\/([^/]+)$/, 'schemes', async () => (await import('./pages/cohort')).cohortPage],
  [/^\/schemes\/([^/]+)\/edit$/, 'schemes', async () => (await import('./pages/schemes')).schemeEditPage],
  [/^\/people\/([^/]+)$/, 'schemes', async () => (await import('./pages/person')).personPage],
  [/^\/nominations$/, 'nominations', async () => (await import('./pages/nominations')).nominationsPage],
  [/^\/scoring$/, 'scoring', async () => (await import('./pages/scoring')).scoringPage],
  [/^\/scoring\/matrices\/([^/]+)$/, 'scoring', async () => (await import('./pages/scoring')).matrixPage],
  [/^\/scoring\/runs\/([^/]+)$/, 'scoring', async () => (await import('./pages/scoring')).scoreRunPage],
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
  const nav = document.getElementById('nav')!;
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  replace(nav, pages.map((p) => h('a', {
    href: `#/${p.path}`,
    'aria-current': path.startsWith(`/${p.path}`) || (p.path === 'schemes' && path.startsWith('/people')) ? 'page' : null,
  }, p.title)));

  if (pages.length === 0) {
    replace(main, h('section.notice', { 'data-testid': 'no-pages' },
      h('h1', {}, 'No admin pages for your role'),
      h('p', {}, `You are signed in as ${userName()}. The admin console is for administrators, co-ordinators, offender managers and analysts; your role (${mine.filter((r) => !r.startsWith('default-') && r !== 'offline_access' && r !== 'uma_authorization').join(', ') || 'none'}) has no pages here.`)));
    document.title = 'No pages · PPO admin console';
    return;
  }
  if (path === '/') {
    location.replace(`#/${pages[0].path}`);
    return;
  }
  const match = routes.map(([re, page, load]) => ({ m: path.match(re), page, load })).find((r) => r.m);
  if (!match || !pages.some((p) => p.path === match.page)) {
    replace(main, h('section.notice', {}, h('h1', {}, 'Not found'), h('p', {}, 'There is no such page for your role. '), h('a', { href: `#/${pages[0].path}` }, 'Back')));
    return;
  }
  replace(main, h('p.muted', { role: 'status' }, 'Loading…'));
  try {
    const render = await match.load();
    await render(main, match.m!.slice(1).map(decodeURIComponent), mine);
  } catch (e) {
    const message = e instanceof ApiError ? `${e.problem.title ?? 'Error'} (${e.problem.status}): ${e.problem.detail ?? ''}` : String(e);
    replace(main, h('section.notice.error', { role: 'alert' }, h('h1', {}, 'This page could not be loaded'), h('p', {}, message)));
  }
  main.focus({ preventScroll: true });
}

async function start(): Promise<void> {
  try {
    await signIn();
  } catch (e) {
    replace(document.getElementById('main')!, h('section.notice.error', { role: 'alert' },
      h('h1', {}, 'Sign-in is not available'), h('p', {}, String(e))));
    return;
  }
  replace(document.getElementById('user')!,
    h('span', { 'data-testid': 'user-name' }, userName()), ' ',
    h('button.link', { type: 'button', onclick: () => logout(), 'data-testid': 'logout' }, 'Log out'));
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
