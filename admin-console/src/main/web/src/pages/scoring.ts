import { get, post } from '../api';
import type { ActiveMatrix, Body, MatrixVersion, MatrixVersionPage, Scheme, ScoreRun, StartScoreRun, StoredScore } from '../api/types';
import { formatDate, h, label, replace } from '../dom';
import { apiForm, Option } from '../form';
import { formGroup, num, pageHeading, select as selectOf, table, tag, TagColour } from '../govuk';
import { progressText } from '../proposal';
import { hashQuery, setHashQuery } from '../query';
import { can } from '../roles';
import { loadSchemes } from './schemes';

const MATRIX_TAGS: Record<string, TagColour> = { ACTIVE: 'green', DRAFT: 'blue', RETIRED: 'grey' };
export const matrixStatus = (status: string | undefined) => tag(label(status), MATRIX_TAGS[status ?? ''] ?? 'grey', { 'data-testid': 'matrix-status' });

const matrixLink = (m: MatrixVersion) => h('a.govuk-link', { href: `#/scoring/matrices/${m.id}` }, `Version ${m.versionNumber}`);

/** Matrix versions (the scoring matrix is data: admins add versions and activate one), and score runs. */
export async function scoringPage(main: HTMLElement, _params: string[], roles: string[]): Promise<void> {
  document.title = 'Scoring · PPO admin console';
  const [page, active] = await Promise.all([
    get<MatrixVersionPage>('/api/v1/scoring/matrices?page=0&size=200'),
    get<ActiveMatrix>('/api/v1/scoring/matrices/active').catch(() => null),
  ]);
  const runs = can(roles, 'scoreRun.view') ? await runsSection(roles) : null;
  replace(main,
    pageHeading('Scoring'),
    h('p.govuk-body', {}, 'The prioritisation matrix is data: every score keeps the version that made it. Open a version to see its rules, try it on an example, copy it into a new draft or activate it.'),
    active?.matrix ? h('p.govuk-body', { 'data-testid': 'active-matrix' }, 'Active for schemes without their own: ', matrixLink(active.matrix), ` — ${active.matrix.name ?? ''}`) : null,
    h('h2.govuk-heading-m', {}, 'Matrix versions'),
    h('div', { 'data-testid': 'matrix-list' }, table(['Version', 'Name', 'Status', 'Look-back', 'Used', 'Created', 'By'],
      (page.items ?? []).map((m) => [matrixLink(m), m.name, matrixStatus(m.status), months(m.lookBackMonths), m.used ? 'yes (fixed)' : 'no', formatDate(m.createdAt), m.createdBy]))),
    runs);
}

/** A scheme's score runs (admins and co-ordinators), and for co-ordinators the form that starts one. */
async function runsSection(roles: string[]): Promise<HTMLElement> {
  const schemes = await loadSchemes();
  const chosen = hashQuery().get('scheme') ?? schemes[0]?.id ?? '';
  const select = selectOf('runs-scheme', schemes.map((s) => ({ value: s.id ?? '', label: `${s.code} — ${s.name}`, selected: s.id === chosen })));
  const list = h('div', { 'data-testid': 'run-list' });
  const render = async () => {
    if (!select.value) {
      replace(list, h('p.govuk-body', {}, 'No scheme you can see.'));
      return;
    }
    setHashQuery({ scheme: select.value });
    const runs = await get<ScoreRun[]>(`/api/v1/scoring/runs?schemeId=${encodeURIComponent(select.value)}`);
    replace(list, table(['Run', 'As of', 'Status', 'People', 'Proposal', 'Started'],
      runs.slice(0, 20).map((r) => [
        h('a.govuk-link', { href: `#/scoring/runs/${r.id}` }, `${r.schemeCode} ${r.asOf}`),
        r.asOf, label(r.status), progressText(r), label(r.proposalStatus), atBy(r.startedAt, r.startedBy),
      ]), `${runs.length} runs, newest first`));
  };
  select.addEventListener('change', () => void render());
  await render();

  const start = can(roles, 'scoreRun.create') ? apiForm({
    id: 'start-run',
    title: 'Start a score run',
    headingLevel: 3,
    submitLabel: 'Start score run',
    fields: [
      { name: 'schemeId', label: 'Scheme', type: 'select', required: true, value: chosen, options: schemeOptions(schemes, (s) => `${s.code} — ${s.name}`) },
      { name: 'asOf', label: 'Scored as of', type: 'date', value: new Date().toISOString().slice(0, 10), hint: 'Today or earlier; offending after this date is not counted' },
      { name: 'ccSize', label: 'Catch and Convict places', type: 'number', hint: 'Default 20; with those on R&R at least 20 in all (6 on R&R: 14 is enough)' },
    ],
    onSubmit: async (v) => {
      const body: Body<StartScoreRun> = { ...v, ccSize: v.ccSize === undefined ? null : Number(v.ccSize) };
      const run = await post<ScoreRun>('/api/v1/scoring/runs', body);
      location.hash = `#/scoring/runs/${run.id}`;
      return 'Started';
    },
  }) : null;

  return h('section', { 'aria-labelledby': 'runs-heading' },
    h('h2.govuk-heading-m', { id: 'runs-heading' }, 'Score runs and proposals'),
    h('p.govuk-body', {}, 'A score run scores every member and nominee of a scheme with its active matrix, then ranks them per strand: who would join, stay and leave. Co-ordinators submit a proposal: its joiners become nominations for the panel.'),
    h('div.govuk-grid-row', {},
      h(start ? 'div.govuk-grid-column-two-thirds' : 'div.govuk-grid-column-full', {}, h('div.app-toolbar', {}, formGroup('runs-scheme', 'Scheme', select)), list),
      start ? h('div.govuk-grid-column-one-third', {}, start) : null));
}


/** "07/12/2026, 10:00:00 UTC by admin1", leaving out what the service did not send. */
export const atBy = (at: string | undefined, by: string | undefined) => [formatDate(at), by ? `by ${by}` : ''].filter(Boolean).join(' ');

export const months = (n: number | undefined) => (n === undefined ? '' : `${n} months`);

/** A select's choice of schemes (a scheme the service sends without an id cannot be chosen). */
export function schemeOptions(schemes: Scheme[], text: (s: Scheme) => string): Option[] {
  return schemes.flatMap((s) => (s.id ? [{ value: s.id, label: text(s) }] : []));
}


/** A score as the explanation shows it: the latest score (one read) or the stored one from the run. */
export type Explained = Pick<StoredScore, 'total' | 'matrixVersion' | 'provisional' | 'provisionalReasons' | 'reason' | 'lines' | 'excluded'>;

/** The score lines and the offences not counted, as tables (an evaluation, a stored score). */
export function scoreTables(score: Pick<Explained, 'lines' | 'excluded'>): HTMLElement[] {
  const excluded = score.excluded ?? [];
  return [
    table(['Rule', 'Count', 'Points', 'Multiplier', 'Subtotal'],
      (score.lines ?? []).map((l) => [label(l.rule), num(l.count), num(l.points), num(l.multiplier), num(l.subtotal)]), 'How the score was made'),
    ...(excluded.length ? [table(['Not counted', 'Status', 'Date', 'Why'],
      excluded.map((x) => [label(x.category), label(x.status), x.offenceDate, label(x.reason)]), 'Offences not counted')] : []),
  ];
}

