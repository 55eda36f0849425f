import { get, post, request } from '../api';
import type { Scheme, SchemePage } from '../api/types';
import { formatDate, h, replace } from '../dom';
import { breadcrumbs, pageHeading, summaryList, table } from '../govuk';
import { apiForm } from '../form';
import { ApiError } from '../problem';
import { can } from '../roles';
import { etagOf, ifMatch, isStale, staleProblem } from '../versioned';

export async function loadSchemes(): Promise<Scheme[]> {
  const first = await get<SchemePage>('/api/v1/schemes?page=0&size=500');
  return first.items ?? [];
}

/** Schemes: the list (each opens its cohort) and, for admins, the form that creates one. */
export async function schemesPage(main: HTMLElement, _params: string[], roles: string[]): Promise<void> {
  document.title = 'Schemes · PPO admin console';
  const list = h('div', { 'data-testid': 'scheme-list' });
  const editable = can(roles, 'scheme.edit');
  const render = async () => {
    const schemes = await loadSchemes();
    replace(list, table(['Code', 'Name', 'District', 'County', 'Created', ''],
      schemes.map((s) => [
        h('a.govuk-link', { href: `#/schemes/${s.id}` }, s.code),
        s.name, s.district, s.county ?? '', formatDate(s.createdAt),
        h('ul.govuk-summary-list__actions-list', {},
          h('li.govuk-summary-list__actions-list-item', {},
            h('a.govuk-link', { href: `#/schemes/${s.id}`, 'aria-label': `Cohort of ${s.code ?? s.name ?? ''}` }, 'Cohort')),
          editable ? h('li.govuk-summary-list__actions-list-item', {},
            h('a.govuk-link', { href: `#/schemes/${s.id}/edit`, 'aria-label': `Edit ${s.code ?? s.name ?? ''}` }, 'Edit')) : null),
      ]), `${schemes.length} schemes`));
  };
  await render();

  const create = can(roles, 'scheme.create')
    ? apiForm({
      id: 'create-scheme',
      title: 'Create a scheme',
      submitLabel: 'Create scheme',
      resetOnSuccess: true,
      fields: [
        { name: 'code', label: 'Code', required: true, hint: '2 to 20 capital letters, digits, - or _, starting with a letter (e.g. ROTHER)' },
        { name: 'name', label: 'Name', required: true },
        { name: 'district', label: 'District or borough', required: true },
        { name: 'county', label: 'County' },
      ],
      onSubmit: async (v) => {
        const created = await post<Scheme>('/api/v1/schemes', v);
        await render();
        return `Scheme ${created.code ?? v.code} created`;
      },
    })
    : null;

  replace(main,
    pageHeading('Schemes'),
    h('p.govuk-body-l', {}, 'Local PPO schemes, each in its partnership area. Open a scheme for its cohort by strand.'),
    h('div.govuk-grid-row', {},
      h(create ? 'div.govuk-grid-column-two-thirds' : 'div.govuk-grid-column-full', {}, list),
      create ? h('div.govuk-grid-column-one-third', {}, create) : null));
}

const SCHEME_LABELS = { name: 'Name', district: 'District or borough', county: 'County' };

/**
 * Edit a scheme (admins): its name, district and county; the code stays, since tokens and other
 * services name it. The save sends the ETag read with the scheme (If-Match); when someone else
 * saved in between, the API refuses (412) and the form says so, keeps the input and shows what
 * the scheme now holds.
 */
export async function schemeEditPage(main: HTMLElement, [id]: string[], roles: string[]): Promise<void> {
  const path = `/api/v1/schemes/${encodeURIComponent(id)}`;
  const read = await request<Scheme>('GET', path);
  const scheme = read.body;
  const code = scheme.code ?? '';
  let etag = etagOf(read.headers, scheme.version);
  document.title = `Edit ${code} · PPO admin console`;
  const crumbs = breadcrumbs([['Schemes', '#/schemes'], [`Edit ${code}`]]);
  if (!can(roles, 'scheme.edit')) {
    replace(main, crumbs, pageHeading(scheme.name), h('p.govuk-body', {}, 'Only administrators change schemes.'));
    return;
  }
  const version = h('span', { 'data-testid': 'scheme-version' }, scheme.version);
  const form = apiForm({
    id: 'edit-scheme',
    title: `Scheme ${code}`,
    submitLabel: 'Save changes',
    fields: [
      { name: 'name', label: SCHEME_LABELS.name, required: true, value: scheme.name },
      { name: 'district', label: SCHEME_LABELS.district, required: true, value: scheme.district },
      { name: 'county', label: SCHEME_LABELS.county, value: scheme.county ?? '' },
    ],
    onSubmit: async (v) => {
      try {
        const saved = await request<Scheme>('PUT', path, v, ifMatch(etag));
        etag = etagOf(saved.headers, saved.body.version);
        version.textContent = String(saved.body.version ?? '');
        return `Saved ${saved.body.code ?? code} (version ${saved.body.version ?? 'unknown'})`;
      } catch (e) {
        if (!isStale(e)) throw e;
        // Nothing was saved. Read what the scheme holds now; saving again is then a deliberate overwrite.
        const current = await request<Scheme>('GET', path);
        etag = etagOf(current.headers, current.body.version);
        version.textContent = String(current.body.version ?? '');
        throw new ApiError(staleProblem('this scheme', current.body, v, SCHEME_LABELS));
      }
    },
  });
  replace(main,
    crumbs,
    pageHeading(`Edit scheme ${code}`),
    h('div.govuk-grid-row', {}, h('div.govuk-grid-column-two-thirds', {},
      summaryList([
        ['Code', `${code} (cannot change: tokens and other services name it)`],
        ['Version', version],
        ['Created', formatDate(scheme.createdAt)],
      ]),
      form,
      h('p.govuk-body', {}, h('a.govuk-link', { href: '#/schemes' }, 'Back to the schemes')))));
}
