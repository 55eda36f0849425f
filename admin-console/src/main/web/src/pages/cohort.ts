import { get } from '../api';
import { formatDate, h, LISTING_BASES, listedForName, replace, sortName, strandName, STRANDS, table } from '../dom';
import type { Cohort, Scheme } from '../api/types';

/** A scheme's cohort by strand: status, strand, next review (overdue highlighted) and the size-rule warnings. */
export async function cohortPage(main: HTMLElement, [schemeId]: string[]): Promise<void> {
  const [scheme, cohort] = await Promise.all([
    get<Scheme>(`/api/v1/schemes/${encodeURIComponent(schemeId)}`),
    get<Cohort>(`/api/v1/schemes/${encodeURIComponent(schemeId)}/cohort`),
  ]);
  document.title = `Cohort of ${scheme.code ?? scheme.name ?? ''} · PPO admin console`;

  const filter = h('select', { id: 'strand-filter' },
    h('option', { value: '' }, 'All strands'),
    Object.entries(STRANDS).map(([code, name]) => h('option', { value: code }, name)));
  const holder = h('div', { 'data-testid': 'cohort-table' });
  const render = () => {
    const members = (cohort.members ?? [])
      .filter((m) => !filter.value || m.strand === filter.value)
      .sort((a, b) => (a.strand ?? '').localeCompare(b.strand ?? '') || (a.lastName ?? '').localeCompare(b.lastName ?? ''));
    const t = table(['Name', 'PNC ID', 'Strand', 'Status', 'Listed for', 'Selected on', 'Next review'],
      members.map((m) => [
        h('a', { href: `#/people/${m.id}` }, sortName(m)),
        m.pncId,
        strandName(m.strand),
        h('span', { class: `status status-${(m.status ?? '').toLowerCase()}` }, m.status),
        listedForName(m.listedFor),
        m.selectedOn ?? '',
        m.reviewOverdue
          ? h('span.overdue', { title: 'Review overdue' }, `${formatDate(m.nextReviewDue)} (overdue)`)
          : formatDate(m.nextReviewDue),
      ]), `${members.length} current PPOs`);
    replace(holder, t);
  };
  filter.addEventListener('change', render);
  render();

  replace(main,
    h('nav.crumbs', { 'aria-label': 'Breadcrumb' }, h('a', { href: '#/schemes' }, 'Schemes'), ' › ', scheme.code ?? scheme.name),
    h('h1', {}, `${scheme.name ?? scheme.code ?? ''} — cohort`),
    h('p.muted', {}, [cohort.asOf ? `As of ${cohort.asOf}.` : '', scheme.district ? ` ${scheme.district}${scheme.county ? ', ' + scheme.county : ''}.` : '']),
    h('div.cards', {},
      Object.entries(STRANDS).map(([code, name]) => h('div.card', {}, h('span.big', {}, cohort.counts?.[code] ?? 0), h('span', {}, name))),
      h('div.card', {}, h('span.big', {}, cohort.amber ?? 0), h('span', {}, 'on the AMBER list')),
      Object.entries(LISTING_BASES).map(([code, name]) => h('div.card', {}, h('span.big', {}, cohort.byListingBasis?.[code] ?? 0), h('span', {}, name))),
      cohort.listingBasisNotRecorded ? h('div.card', {}, h('span.big', {}, cohort.listingBasisNotRecorded), h('span', {}, 'basis not recorded')) : null),
    cohort.warnings?.length
      ? h('div.warnings', { role: 'status', 'data-testid': 'size-warnings' }, h('h2', {}, 'Size rules'), h('ul', {}, cohort.warnings.map((w) => h('li', {}, w))))
      : h('p.ok', {}, 'Every strand is within the cohort size rules.'),
    h('p', {}, h('a', { href: `#/nominations?scheme=${scheme.id}` }, 'Nominations pending a panel for this scheme')),
    h('div.toolbar', {}, h('label', { for: 'strand-filter' }, 'Strand '), filter),
    holder,
    h('details', {}, h('summary', {}, 'Equality monitoring'),
      h('div.two-col', {},
        table(['Gender', 'Members'], Object.entries(cohort.byGender ?? {}).map(([k, v]) => [k, v])),
        table(['Ethnicity', 'Members'], Object.entries(cohort.byEthnicity ?? {}).map(([k, v]) => [k, v])))));
}
