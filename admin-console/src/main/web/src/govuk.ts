import {
  Button, Checkboxes, createAll, ErrorSummary, NotificationBanner, ServiceNavigation, Tabs,
} from 'govuk-frontend';
import { Child, h } from './dom';

/**
 * GOV.UK Frontend and MoJ Frontend components built with `h()`: the markup their Sass styles and their
 * JavaScript expects, typed, so pages say what they show (a table, a summary list, a tag) rather than
 * how. https://design-system.service.gov.uk/components/ and https://design-patterns.service.justice.gov.uk/
 */

/** Starts govuk-frontend's JavaScript on the components inside `scope` (each element once). */
export function initComponents(scope: Element | Document): void {
  // An element started before answers "already initialised": nothing to do for it.
  const onError = () => undefined;
  for (const component of [Button, Checkboxes, ErrorSummary, NotificationBanner, ServiceNavigation, Tabs]) {
    createAll(component, undefined, { scope, onError });
  }
}

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A tag: a short status in a colour (its words say it too; colour is never the only sign). */
export function tag(text: string | null | undefined, colour?: TagColour, attrs: Record<string, string> = {}): HTMLElement {
  return h(colour ? `strong.govuk-tag.govuk-tag--${colour}` : 'strong.govuk-tag', attrs, text ?? '');
}

export const RAG_TAGS: Record<string, TagColour> = { RED: 'red', AMBER: 'orange', GREEN: 'green' };

export function ragTag(rag: string | null | undefined, title?: string): HTMLElement | string {
  return rag ? tag(rag, RAG_TAGS[rag] ?? 'grey', title ? { title } : {}) : '';
}

/** A cell the table right-aligns as a number. */
export class Numeric {
  constructor(readonly value: Child) {}
}

export const num = (value: Child) => new Numeric(value);

/**
 * A table with its headers in columns; a caption names it. A wide table scrolls inside a frame the
 * keyboard can reach (a focusable region named by the caption).
 */
export function table(headers: string[], rows: Array<Array<Child | Numeric>>, caption?: string, attrs: Record<string, string> = {}): HTMLElement {
  const numericColumns = new Set(rows.flatMap((r) => r.flatMap((c, i) => (c instanceof Numeric ? [i] : []))));
  return h('div.app-table-wrap', { tabindex: 0, role: 'region', 'aria-label': caption ?? headers.filter(Boolean).join(', ') },
    h('table.govuk-table', attrs,
      caption ? h('caption.govuk-table__caption.govuk-table__caption--s', {}, caption) : null,
      h('thead.govuk-table__head', {}, h('tr.govuk-table__row', {}, headers.map((t, i) => h(
        numericColumns.has(i) ? 'th.govuk-table__header.govuk-table__header--numeric' : 'th.govuk-table__header', { scope: 'col' },
        t || h('span.govuk-visually-hidden', {}, 'Actions'))))),
      h('tbody.govuk-table__body', {}, rows.length
        ? rows.map((r) => h('tr.govuk-table__row', {}, r.map((c) => (c instanceof Numeric
          ? h('td.govuk-table__cell.govuk-table__cell--numeric', {}, c.value)
          : h('td.govuk-table__cell', {}, c)))))
        : h('tr.govuk-table__row', {}, h('td.govuk-table__cell', { colspan: headers.length }, 'None')))));
}

/** A summary list: facts as key and value rows ("—" where there is no value). */
export function summaryList(rows: Array<[string, Child] | null | false>, attrs: Record<string, string> = {}): HTMLElement {
  return h('dl.govuk-summary-list', attrs, rows.filter((r): r is [string, Child] => !!r).map(([key, value]) => h('div.govuk-summary-list__row', {},
    h('dt.govuk-summary-list__key', {}, key),
    h('dd.govuk-summary-list__value', {}, value === '' || value === null || value === undefined ? '—' : value))));
}

export function button(text: string, attrs: Record<string, string | boolean | EventListener | undefined> = {}, variant?: 'secondary' | 'warning'): HTMLButtonElement {
  return h(variant ? `button.govuk-button.govuk-button--${variant}` : 'button.govuk-button',
    { type: 'button', 'data-module': 'govuk-button', ...attrs }, text);
}

export interface ErrorItem {
  text: string;
  /** The id of the field the message is about: the summary links to it. */
  target?: string;
}

/** The error summary at the top of a form or page: "There is a problem", each message linking to its field. */
export function errorSummary(items: ErrorItem[]): HTMLElement {
  return h('div.govuk-error-summary', { 'data-module': 'govuk-error-summary', 'data-testid': 'error-summary' },
    h('div', { role: 'alert' },
      h('h2.govuk-error-summary__title', {}, 'There is a problem'),
      h('div.govuk-error-summary__body', {},
        h('ul.govuk-list.govuk-error-summary__list', {}, items.map((i) => h('li', {},
          i.target ? h('a', { href: `#${i.target}` }, i.text) : i.text))))));
}

/** The error message under a field's label and hint (empty and hidden until the API names the field). */
export function errorMessage(id: string, field: string): { element: HTMLElement; show: (text: string) => void; clear: () => void } {
  const text = h('span', {});
  const element = h('p.govuk-error-message', { id, 'data-error-for': field, hidden: true },
    h('span.govuk-visually-hidden', {}, 'Error: '), text);
  return {
    element,
    show: (t) => { text.textContent = t; element.hidden = false; },
    clear: () => { text.textContent = ''; element.hidden = true; },
  };
}

/** A labelled control in a form group, with its hint: for the filters and toolbars outside an API form. */
export function formGroup(id: string, labelText: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div.govuk-form-group', {},
    h('label.govuk-label', { for: id }, labelText),
    hint ? h('div.govuk-hint', { id: `${id}-hint` }, hint) : null,
    control);
}

export function select(id: string, options: Array<{ value: string; label: string; selected?: boolean }>, attrs: Record<string, string> = {}): HTMLSelectElement {
  return h('select.govuk-select', { id, name: id, ...attrs },
    options.map((o) => h('option', { value: o.value, selected: o.selected }, o.label)));
}

/** A notification banner: "important" news, or the success of what the user just did. */
export function notificationBanner(kind: 'important' | 'success', title: string, ...content: Child[]): HTMLElement {
  const id = `banner-${++bannerCounter}`;
  return h(kind === 'success' ? 'div.govuk-notification-banner.govuk-notification-banner--success' : 'div.govuk-notification-banner',
    { role: kind === 'success' ? 'alert' : 'region', 'aria-labelledby': id, 'data-module': 'govuk-notification-banner', 'data-disable-auto-focus': 'true' },
    h('div.govuk-notification-banner__header', {}, h('h2.govuk-notification-banner__title', { id }, kind === 'success' ? 'Success' : 'Important')),
    h('div.govuk-notification-banner__content', {},
      h('p.govuk-notification-banner__heading', {}, title),
      content));
}
let bannerCounter = 0;

export function backLink(href: string, text = 'Back'): HTMLElement {
  return h('a.govuk-back-link', { href }, text);
}

/** Breadcrumbs: links up to the current page, which is named last without a link. */
export function breadcrumbs(items: Array<[Child, string?]>): HTMLElement {
  return h('nav.govuk-breadcrumbs', { 'aria-label': 'Breadcrumb' },
    h('ol.govuk-breadcrumbs__list', {}, items.map(([text, href]) => h('li.govuk-breadcrumbs__list-item', href ? {} : { 'aria-current': 'page' },
      href ? h('a.govuk-breadcrumbs__link', { href }, text) : text))));
}

/** Previous and next links of a paged list, with the page numbers between. */
export function pagination(page: number, pages: number, hrefOf: (page: number) => string): HTMLElement | null {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i).filter((i) => i === 0 || i === pages - 1 || Math.abs(i - page) <= 1);
  return h('nav.govuk-pagination', { 'aria-label': 'Pages' },
    page > 0 ? h('div.govuk-pagination__prev', {}, h('a.govuk-link.govuk-pagination__link', { href: hrefOf(page - 1), rel: 'prev' },
      h('span.govuk-pagination__link-title', {}, 'Previous', h('span.govuk-visually-hidden', {}, ' page')))) : null,
    h('ul.govuk-pagination__list', {}, numbers.flatMap((i, k) => [
      k > 0 && i - numbers[k - 1] > 1 ? h('li.govuk-pagination__item.govuk-pagination__item--ellipses', {}, '⋯') : null,
      h(i === page ? 'li.govuk-pagination__item.govuk-pagination__item--current' : 'li.govuk-pagination__item', {},
        h('a.govuk-link.govuk-pagination__link', { href: hrefOf(i), 'aria-label': `Page ${i + 1}`, 'aria-current': i === page ? 'page' : null }, i + 1)),
    ])),
    page < pages - 1 ? h('div.govuk-pagination__next', {}, h('a.govuk-link.govuk-pagination__link', { href: hrefOf(page + 1), rel: 'next' },
      h('span.govuk-pagination__link-title', {}, 'Next', h('span.govuk-visually-hidden', {}, ' page')))) : null);
}

/** A page's h1, with an optional caption above it (the scheme, the section). */
export function pageHeading(text: Child, caption?: Child): HTMLElement[] {
  return [
    caption ? h('span.govuk-caption-l', {}, caption) : null,
    h('h1.govuk-heading-l', {}, text),
  ].filter((e): e is HTMLElement => e !== null);
}

export function details(summary: string, ...content: Child[]): HTMLElement {
  return h('details.govuk-details', {},
    h('summary.govuk-details__summary', {}, h('span.govuk-details__summary-text', {}, summary)),
    h('div.govuk-details__text', {}, content));
}

export function warningText(...content: Child[]): HTMLElement {
  return h('div.govuk-warning-text', {},
    h('span.govuk-warning-text__icon', { 'aria-hidden': 'true' }, '!'),
    h('strong.govuk-warning-text__text', {}, h('span.govuk-visually-hidden', {}, 'Warning'), content));
}

export function insetText(...content: Child[]): HTMLElement {
  return h('div.govuk-inset-text', {}, content);
}

export interface TimelineItem {
  title: string;
  byline?: string;
  /** An ISO date or instant. */
  at?: string;
  shownAt?: string;
  description?: Child;
}

/** MoJ timeline: what happened to a record, newest first. */
export function timeline(items: TimelineItem[], headingLevel: 2 | 3 = 3): HTMLElement {
  const title = headingLevel === 2 ? 'h2.moj-timeline__title' : 'h3.moj-timeline__title';
  return h('div.moj-timeline', {}, items.map((i) => h('div.moj-timeline__item', {},
    h('div.moj-timeline__header', {},
      h(title, {}, i.title),
      i.byline ? h('p.moj-timeline__byline', {}, `by ${i.byline}`) : null),
    i.at ? h('p.moj-timeline__date', {}, h('time', { datetime: i.at }, i.shownAt ?? i.at)) : null,
    i.description ? h('div.moj-timeline__description', {}, i.description) : null)));
}

/** MoJ sub-navigation: sections of one page or area, the current one marked. */
export function subNavigation(label: string, items: Array<{ text: string; href: string; current?: boolean }>): HTMLElement {
  return h('nav.moj-sub-navigation', { 'aria-label': label },
    h('ul.moj-sub-navigation__list', {}, items.map((i) => h('li.moj-sub-navigation__item', {},
      h('a.moj-sub-navigation__link', { href: i.href, 'aria-current': i.current ? 'page' : null }, i.text)))));
}

/** MoJ badge: a count or a short flag beside a name. */
export function badge(text: Child, colour?: 'red' | 'blue' | 'green' | 'purple' | 'black' | 'grey'): HTMLElement {
  return h(colour ? `strong.moj-badge.moj-badge--${colour}` : 'strong.moj-badge', {}, text);
}
