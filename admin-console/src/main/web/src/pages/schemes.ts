import { get, Page, post } from '../api';
import { formatDate, h, replace, table } from '../dom';
import { apiForm } from '../form';
import { can } from '../roles';

export interface Scheme {
  id: string;
  code: string;
  name: string;
  district: string;
  county?: string;
  version: number;
  createdAt: string;
}

export async function loadSchemes(): Promise<Scheme[]> {
  const first = await get<Page<Scheme>>('/api/v1/schemes?page=0&size=500');
  return first.items;
}

/** Schemes: the list (each opens its cohort) and, for admins, the form that creates one. */
export async function schemesPage(main: HTMLElement, _params: string[], roles: string[]): Promise<void> {
  document.title = 'Schemes · PPO admin console';
  const list = h('div', { 'data-testid': 'scheme-list' });
  const render = async () => {
    const schemes = await loadSchemes();
    replace(list, table(['Code', 'Name', 'District', 'County', 'Created', ''],
      schemes.map((s) => [
        h('a', { href: `#/schemes/${s.id}` }, s.code),
        s.name, s.district, s.county ?? '', formatDate(s.createdAt),
        h('a', { href: `#/schemes/${s.id}`, 'aria-label': `Cohort of ${s.code}` }, 'Cohort'),
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
        return `Scheme ${created.code} created`;
      },
    })
    : null;

  replace(main,
    h('h1', {}, 'Schemes'),
    h('p.muted', {}, 'Local PPO schemes, each in its partnership area. Open a scheme for its cohort by strand.'),
    h('div.two-col', {}, list, create),
    h('p.hint', {}, 'Schemes cannot be edited here yet: the offender service has no update for a scheme (its code and area are fixed once created).'));
}
