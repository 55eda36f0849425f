import { get } from '../api';
import { formatDate, fullName, h, label, listedForName, replace, sortName, strandName } from '../dom';
import { formGroup, pageHeading, select as selectOf, table } from '../govuk';
import { hashQuery, setHashQuery } from '../query';
import { loadSchemes } from './schemes';
import type { Nomination, Person } from '../api/types';

/** Nominations pending a panel, per scheme, oldest first; each opens the person's page with the panel form. */
export async function nominationsPage(main: HTMLElement): Promise<void> {
  document.title = 'Nominations · PPO admin console';
  const schemes = await loadSchemes();
  const chosen = hashQuery().get('scheme') ?? schemes[0]?.id ?? '';
  const select = selectOf('nomination-scheme', schemes.map((s) => ({ value: s.id ?? '', label: `${s.code} — ${s.name}`, selected: s.id === chosen })));
  const holder = h('div', { 'data-testid': 'nominations-table' });

  const render = async () => {
    if (!select.value) {
      replace(holder, h('p.govuk-body', {}, 'No scheme you can see.'));
      return;
    }
    setHashQuery({ scheme: select.value });
    replace(holder, h('p.govuk-body', { role: 'status' }, 'Loading…'));
    const pending = await get<Nomination[]>(`/api/v1/schemes/${encodeURIComponent(select.value)}/nominations`);
    // Names for the list: one read per person, each audited by the offender service.
    const people = new Map<string, Person>();
    const ids = pending.map((n) => n.personId).filter((id): id is string => !!id);
    await Promise.all([...new Set(ids)].map(async (id) => {
      try {
        people.set(id, await get<Person>(`/api/v1/offenders/${id}`));
      } catch {
        /* shown without a name */
      }
    }));
    replace(holder, table(['Person', 'PNC ID', 'Strand', 'Listed for', 'Reason', 'Nominated by', 'Nominated', ''],
      pending.map((n) => {
        const p = n.personId ? people.get(n.personId) : undefined;
        return [
          p ? sortName(p) : n.personId,
          p?.pncId ?? '',
          strandName(n.strand),
          listedForName(n.listedFor),
          n.reason,
          `${label(n.agency)} (${n.nominatedBy ?? 'unknown'})`,
          formatDate(n.nominatedAt),
          h('a.govuk-link', { href: `#/people/${n.personId}` }, 'Open for panel', h('span.govuk-visually-hidden', {}, `: ${p ? fullName(p) : 'person'}`)),
        ];
      }), `${pending.length} pending nominations`));
  };
  select.addEventListener('change', () => void render());

  replace(main,
    pageHeading('Nominations pending a panel'),
    h('div.app-toolbar', {}, formGroup('nomination-scheme', 'Scheme', select)),
    holder);
  await render();
}
