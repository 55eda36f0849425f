import { h, replace } from './dom';
import { initComponents } from './govuk';

/**
 * The page frame around every route (index.html holds its static part): the service navigation with
 * the pages the role may use, the account links, the skip link, and govuk-frontend's JavaScript.
 */
export function startFrame(): void {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  // The routes live in the hash, so the skip link moves focus itself instead of changing the hash.
  document.getElementById('skip-link')!.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main')!.focus();
  });
  initComponents(document);
}

export function showNavigation(pages: ReadonlyArray<{ path: string; title: string }>, current: string | null): void {
  replace(document.getElementById('nav')!, pages.map((p) => {
    const active = p.path === current;
    return h(active ? 'li.govuk-service-navigation__item.govuk-service-navigation__item--active' : 'li.govuk-service-navigation__item', {},
      h('a.govuk-service-navigation__link', { href: `#/${p.path}`, 'aria-current': active ? 'page' : null },
        active ? h('strong.govuk-service-navigation__active-fallback', {}, p.title) : p.title));
  }));
}

export function showAccount(user: string, onSignOut: () => void): void {
  replace(document.getElementById('account')!,
    h('li.moj-header__navigation-item', {}, h('span.moj-header__navigation-link', { 'data-testid': 'user-name' }, user)),
    h('li.moj-header__navigation-item', {},
      h('button.moj-header__navigation-link.app-link-button', { type: 'button', onclick: onSignOut, 'data-testid': 'logout' }, 'Sign out')));
}

/** A new page's content is in place: start its components and move focus to it. */
export function pageShown(main: HTMLElement): void {
  initComponents(main);
  main.focus({ preventScroll: true });
}
