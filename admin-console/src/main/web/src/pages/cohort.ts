import { get } from '../api';
import { formatDate, h, label, LISTING_BASES, listedForName, replace, sortName, strandName, STRANDS } from '../dom';
import { badge, breadcrumbs, details, formGroup, num, pageHeading, select, table, tag, TagColour, warningText } from '../govuk';
import type { Cohort, Scheme } from '../api/types';

const STATUS_TAGS: Record<string, TagColour> = { ACTIVE: 'green', AMBER: 'orange', CANDIDATE: 'blue', DESELECTED: 'grey', REMOVED: 'grey' };

/** A person's status as a tag ("Active", "Amber"), coloured by what it means for the panel. */
export const statusTag = (status: string | null | undefined) => (status ? tag(label(status), STATUS_TAGS[status] ?? 'grey') : '');

/** A scheme's cohort by strand: status, strand, next review (overdue highlighted) and the size-rule warnings. */
export async function cohortPage(main: HTMLElement, [schemeId]: string[]): Promise<void> {
  const [scheme, cohort] = await Promise.all([
    get<Scheme>(`/api/v1/schemes/${encodeURIComponent(schemeId)}`),
    get<Cohort>(`/api/v1/schemes/${encodeURIComponent(schemeId)}/cohort`),
  ]);
  document.title = `Cohort of ${scheme.code ?? scheme.name ?? ''} · PPO admin console`;

  const filter = select('strand-filter', [{ value: '', label: 'All strands' }, ...Object.entries(STRANDS).map(([value, name]) => ({ value, label: name }))]);
  const holder = h('div', { 'data-testid': 'cohort-table' });
  const render = () => {
    const members = (cohort.members ?? [])
      .filter((m) => !filter.value || m.strand === filter.value)
      .sort((a, b) => (a.strand ?? '').localeCompare(b.strand ?? '') || (a.lastName ?? '').localeCompare(b.lastName ?? ''));
    replace(holder, table(['Name', 'PNC ID', 'Strand', 'Status', 'Listed for', 'Selected on', 'Next review'],
      members.map((m) => [
        h('a.govuk-link', { href: `#/people/${m.id}` }, sortName(m)),
        m.pncId,
        strandName(m.strand),
        statusTag(m.status),
        listedForName(m.listedFor),
        m.selectedOn ?? '',
        m.reviewOverdue
          ? h('span', {}, `${formatDate(m.nextReviewDue)} `, badge('Overdue', 'red'))
          : formatDate(m.nextReviewDue),
      ]), `${members.length} current PPOs`));
  };
  filter.addEventListener('change', render);
  render();

  const card = (figure: number, text: string) => h('div.app-card', {}, h('span.app-card__figure', {}, figure), h('span.govuk-body-s', {}, text));
  replace(main,
    breadcrumbs([['Schemes', '#/schemes'], [scheme.code ?? scheme.name]]),
    pageHeading(`${scheme.name ?? scheme.code ?? ''} — cohort`,
      [scheme.district ? `${scheme.district}${scheme.county ? ', ' + scheme.county : ''}` : '', cohort.asOf ? ` · as of ${cohort.asOf}` : ''].join('')),
    h('div.app-cards', {},
      Object.entries(STRANDS).map(([code, name]) => card(cohort.counts?.[code] ?? 0, name)),
      card(cohort.amber ?? 0, 'on the AMBER list'),
      Object.entries(LISTING_BASES).map(([code, name]) => card(cohort.byListingBasis?.[code] ?? 0, name)),
      cohort.listingBasisNotRecorded ? card(cohort.listingBasisNotRecorded, 'basis not recorded') : null),
    cohort.warnings?.length
      ? h('div', { 'data-testid': 'size-warnings' },
        h('h2.govuk-heading-m', {}, 'Size rules'),
        cohort.warnings.map((w) => warningText(w)))
      : h('p.govuk-body', {}, 'Every strand is within the cohort size rules.'),
    h('p.govuk-body', {}, h('a.govuk-link', { href: `#/nominations?scheme=${scheme.id}` }, 'Nominations pending a panel for this scheme')),
    h('h2.govuk-heading-m', {}, 'Members'),
    h('div.app-toolbar', {}, formGroup('strand-filter', 'Strand', filter)),
    holder,
    details('Equality monitoring',
      h('div.govuk-grid-row', {},
        h('div.govuk-grid-column-one-half', {}, table(['Gender', 'Members'], Object.entries(cohort.byGender ?? {}).map(([k, v]) => [k, num(v)]), 'Members by gender')),
        h('div.govuk-grid-column-one-half', {}, table(['Ethnicity', 'Members'], Object.entries(cohort.byEthnicity ?? {}).map(([k, v]) => [k, num(v)]), 'Members by ethnicity')))));
}
