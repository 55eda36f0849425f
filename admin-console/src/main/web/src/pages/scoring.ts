import { get, post } from '../api';
import type {
  ActivateMatrixVersion, ActiveMatrix, Band, Body, CategoryRule, Cohort, CreateMatrixVersion, Evaluation, EvaluationRequest,
  LatestScore, MatrixRules, MatrixVersion, MatrixVersionPage, Person, Proposal, ProposalEntry, ScoreHistoryEntry, ScoreRun,
  Scheme, StartScoreRun, StoredScore, Submission, SubmitProposal,
} from '../api/types';
import { formatDate, h, label, replace, sortName, strandName } from '../dom';
import {
  breadcrumbs, button, formGroup, initComponents, notificationBanner, num, pageHeading, select as selectOf, summaryList, table, tag, TagColour, warningText,
} from '../govuk';
import { apiForm } from '../form';
import { ApiError } from '../problem';
import {
  ACTION_NAMES, groupProposal, pollDelay, progressText, runFinished, scoreIdForRun, StrandProposal, submittable, toNominate,
} from '../proposal';
import { hashQuery, setHashQuery } from '../query';
import { Option } from '../form';
import { can } from '../roles';
import { loadSchemes } from './schemes';

const MATRIX_TAGS: Record<string, TagColour> = { ACTIVE: 'green', DRAFT: 'blue', RETIRED: 'grey' };
const matrixStatus = (status: string | undefined) => tag(label(status), MATRIX_TAGS[status ?? ''] ?? 'grey', { 'data-testid': 'matrix-status' });
const ACTION_TAGS: Record<string, TagColour> = { JOIN: 'green', STAY: 'blue', LEAVE: 'orange', NOT_SELECTED: 'grey' };

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

function numberInput(name: string, value: number | undefined, labelText: string): HTMLInputElement {
  return h('input.govuk-input', { type: 'number', name, value, 'aria-label': labelText, step: '1' });
}

/** A grid of points/multipliers per category, prefilled from a version, read back as the API's map. */
function categoryGrid(rules: MatrixRules): { element: HTMLElement; read: () => Record<string, CategoryRule> } {
  const inputs = new Map<string, [HTMLInputElement, HTMLInputElement]>();
  const rows = Object.entries(rules.categories ?? {}).map(([code, rule]) => {
    const points = numberInput(`${code}.points`, rule.points, `${label(code)} points`);
    const multiplier = numberInput(`${code}.multiplier`, rule.multiplier, `${label(code)} multiplier`);
    inputs.set(code, [points, multiplier]);
    return [label(code), points, multiplier];
  });
  const element = h('div.app-grid-input', {}, table(['Category', 'Points', 'Multiplier'], rows, 'Points and multiplier per category'));
  const read = () => Object.fromEntries([...inputs].map(([code, [p, m]]) => [code, { points: Number(p.value), multiplier: Number(m.value) }]));
  return { element, read };
}

function mapGrid(values: Record<string, number> | undefined, what: string): { element: HTMLElement; read: () => Record<string, number> } {
  const inputs = new Map(Object.entries(values ?? {}).map(([k, v]) => [k, numberInput(k, v, `${label(k)} ${what}`)]));
  return {
    element: h('div.app-grid-input', {}, table([label(what), 'Value'], [...inputs].map(([k, input]) => [label(k), input]), `Value per ${what}`)),
    read: () => Object.fromEntries([...inputs].map(([k, input]) => [k, Number(input.value)])),
  };
}

/** "0–30 days: 4; 31+ days: 1": a band without an upper bound is open-ended. */
function bandText(bands: Band[] | undefined, unit: string): string {
  return (bands ?? []).map((b) => `${b.from ?? 0}${b.to == null ? '+' : '–' + b.to} ${unit}: ${b.points ?? 0}`).join('; ');
}

/** "07/12/2026, 10:00:00 UTC by admin1", leaving out what the service did not send. */
const atBy = (at: string | undefined, by: string | undefined) => [formatDate(at), by ? `by ${by}` : ''].filter(Boolean).join(' ');

const months = (n: number | undefined) => (n === undefined ? '' : `${n} months`);

/** A select's choice of schemes (a scheme the service sends without an id cannot be chosen). */
function schemeOptions(schemes: Scheme[], text: (s: Scheme) => string): Option[] {
  return schemes.flatMap((s) => (s.id ? [{ value: s.id, label: text(s) }] : []));
}

/** One version: its rules, and for admins activate / copy into a new version; everyone may try it. */
export async function matrixPage(main: HTMLElement, [id]: string[], roles: string[]): Promise<void> {
  const m = await get<MatrixVersion>(`/api/v1/scoring/matrices/${encodeURIComponent(id)}`);
  document.title = `Matrix version ${m.versionNumber} · PPO admin console`;
  if (!m.rules) {
    basicMatrixPage(main, m, roles);
    return;
  }
  const r = m.rules;

  const result = h('div', { 'data-testid': 'evaluation', 'aria-live': 'polite' });
  const offenceRows = h('div', {});
  const categories = Object.keys(r.categories ?? {});
  const addOffence = (category = categories[0], status = 'CONVICTED', date = '') => {
    offenceRows.append(h('div.app-offence-row', {},
      h('select.govuk-select', { 'aria-label': 'Category', 'data-part': 'category' }, categories.map((c) => h('option', { value: c, selected: c === category }, label(c)))),
      h('select.govuk-select', { 'aria-label': 'Status', 'data-part': 'status' }, ['CONVICTED', 'ADMITTED', 'SUSPECTED'].map((s) => h('option', { value: s, selected: s === status }, label(s)))),
      h('input.govuk-input', { type: 'date', 'aria-label': 'Offence date', 'data-part': 'offenceDate', value: date })));
  };
  const monthAgo = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  addOffence(categories[0], 'CONVICTED', monthAgo);
  addOffence(categories[0], 'CONVICTED', monthAgo);
  const tryForm = apiForm({
    id: 'evaluate',
    title: `Try version ${m.versionNumber} on an example`,
    headingLevel: 3,
    submitLabel: 'Score the example',
    fields: [
      { name: 'asOf', label: 'Scored as of', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) },
      {
        name: 'offences', label: 'Offences', type: 'custom',
        element: h('div', {}, offenceRows, button('Add an offence', { onclick: () => addOffence() }, 'secondary')),
        read: () => [...offenceRows.children].map((row) => ({
          category: (row.querySelector('[data-part=category]') as HTMLSelectElement).value,
          status: (row.querySelector('[data-part=status]') as HTMLSelectElement).value,
          offenceDate: (row.querySelector('[data-part=offenceDate]') as HTMLInputElement).value || null,
        })),
      },
    ],
    onSubmit: async (v) => {
      const body: Body<EvaluationRequest> = { ...v, matrixVersion: m.versionNumber, intelligenceDates: [] };
      const e = await post<Evaluation>('/api/v1/scoring/evaluations', body);
      replace(result,
        h('h3.govuk-heading-s', {}, `Score ${e.total ?? '?'} (version ${e.matrixVersion ?? m.versionNumber})`),
        scoreTables(e));
      return `Scored ${e.total ?? '?'}`;
    },
  });

  let activateForm: HTMLElement | null = null;
  if (can(roles, 'matrix.activate') && m.status !== 'RETIRED') {
    const schemes = await loadSchemes();
    activateForm = apiForm({
      id: 'activate',
      title: 'Activate this version',
      headingLevel: 3,
      submitLabel: 'Activate',
      fields: [{ name: 'schemeId', label: 'For scheme (none: every scheme without its own)', type: 'select', options: schemeOptions(schemes, (s) => s.code ?? s.name ?? '') }],
      onSubmit: async (v) => {
        const body: Body<ActivateMatrixVersion> = { schemeId: v.schemeId ?? null };
        await post(`/api/v1/scoring/matrices/${m.id}/activations`, body);
        await matrixPage(main, [id], roles);
      },
    });
  }

  let copyForm: HTMLElement | null = null;
  if (can(roles, 'matrix.create')) {
    const grid = categoryGrid(r);
    const weights = mapGrid(r.statusWeights, 'weight');
    const victims = mapGrid(r.victimPoints, 'points');
    const impact = mapGrid(r.impactPoints, 'points');
    copyForm = apiForm({
      id: 'copy-matrix',
      title: `New version from a copy of version ${m.versionNumber}`,
      submitLabel: 'Create draft version',
      fields: [
        { name: 'name', label: 'Name', required: true, value: `${m.name ?? ''} (copy)` },
        { name: 'description', label: 'What changes', type: 'textarea' },
        { name: 'lookBackMonths', label: 'Look-back (months)', type: 'number', required: true, value: String(r.lookBackMonths ?? m.lookBackMonths ?? '') },
        { name: 'categories', label: 'Points and multiplier per category', type: 'custom', element: grid.element, read: grid.read },
        { name: 'statusWeights', label: 'Weight by offence status', type: 'custom', element: weights.element, read: weights.read },
        { name: 'victimPoints', label: 'Points per victim type', type: 'custom', element: victims.element, read: victims.read },
        { name: 'oasysPoints', label: 'OASys / OGRS points', type: 'number', required: true, value: String(r.oasysPoints ?? '') },
        { name: 'ogrsThresholdPercent', label: 'OGRS3 2-year threshold (%)', type: 'number', required: true, value: String(r.ogrsThresholdPercent ?? '') },
        { name: 'impactPoints', label: 'Points per impact level', type: 'custom', element: impact.element, read: impact.read },
      ],
      onSubmit: async (v) => {
        const body: Body<CreateMatrixVersion> = {
          ...v,
          lookBackMonths: v.lookBackMonths === undefined ? null : Number(v.lookBackMonths),
          oasysPoints: v.oasysPoints === undefined ? null : Number(v.oasysPoints),
          ogrsThresholdPercent: v.ogrsThresholdPercent === undefined ? null : Number(v.ogrsThresholdPercent),
          intelligenceBands: r.intelligenceBands,
          serialBands: r.serialBands,
          impactLevels: r.impactLevels,
        };
        const created = await post<MatrixVersion>('/api/v1/scoring/matrices', body);
        location.hash = `#/scoring/matrices/${created.id}`;
        return `Version ${created.versionNumber} created`;
      },
    });
  }

  replace(main,
    breadcrumbs([['Scoring', '#/scoring'], [`Version ${m.versionNumber}`]]),
    pageHeading(`Matrix version ${m.versionNumber}: ${m.name}`),
    summaryList([
      ['Status', matrixStatus(m.status)],
      ['Fixed', m.used ? 'yes: activated or used by a score, so it cannot change' : 'no (draft)'],
      ['Look-back', months(r.lookBackMonths ?? m.lookBackMonths)],
      ['Description', m.description ?? ''],
      ['Created', atBy(m.createdAt, m.createdBy)],
    ]),
    h('div.govuk-grid-row', {},
      h('section.govuk-grid-column-one-half', {},
        h('h2.govuk-heading-m', {}, 'Crime categories'),
        table(['Category', 'Points', 'Multiplier', 'Impact'], Object.entries(r.categories ?? {}).map(([c, rule]) => [label(c), num(rule.points), num(rule.multiplier === undefined || rule.multiplier === 1 ? '' : `×${rule.multiplier}`), label(r.impactLevels?.[c])]), 'Points per offence in each category'),
        h('h2.govuk-heading-m', {}, 'Other lines'),
        table(['Line', 'Points'], [
          ...Object.entries(r.victimPoints ?? {}).map(([k, v]) => [`Victim: ${label(k)}`, v]),
          ['OASys high or OGRS3 2-year ≥ ' + (r.ogrsThresholdPercent ?? '?') + '%', r.oasysPoints],
          ['Intelligence (age in days)', bandText(r.intelligenceBands, 'days')],
          ['Serial offender (offences)', bandText(r.serialBands, 'offences')],
          ...Object.entries(r.impactPoints ?? {}).map(([k, v]) => [`Impact: ${label(k)}`, v]),
          ['Status weights', Object.entries(r.statusWeights ?? {}).map(([k, v]) => `${label(k)} ${v}`).join(', ')],
        ], 'Victims, risk, intelligence, series, impact and status')),
      h('section.govuk-grid-column-one-half', {}, tryForm, result, activateForm)),
    copyForm);
}

/** A scoring service that does not return a version's rules: the facts, and a copy by name and look-back. */
function basicMatrixPage(main: HTMLElement, m: MatrixVersion, roles: string[]): void {
  const copyForm = can(roles, 'matrix.create') ? apiForm({
    id: 'copy-matrix',
    title: `New version from a copy of version ${m.versionNumber}`,
    submitLabel: 'Create draft version',
    fields: [
      { name: 'name', label: 'Name', required: true, value: `${m.name ?? ''} (copy)` },
      { name: 'description', label: 'What changes', type: 'textarea' },
      { name: 'lookBackMonths', label: 'Look-back (months)', type: 'number', required: true, value: String(m.lookBackMonths ?? '') },
    ],
    onSubmit: async (v) => {
      const body: Body<CreateMatrixVersion> = { ...v, lookBackMonths: v.lookBackMonths === undefined ? null : Number(v.lookBackMonths) };
      const created = await post<MatrixVersion>('/api/v1/scoring/matrices', body);
      location.hash = `#/scoring/matrices/${created.id}`;
      return `Version ${created.versionNumber} created`;
    },
  }) : null;
  replace(main,
    breadcrumbs([['Scoring', '#/scoring'], [`Version ${m.versionNumber}`]]),
    pageHeading(`Matrix version ${m.versionNumber}: ${m.name}`),
    summaryList([
      ['Status', matrixStatus(m.status)],
      ['Look-back', months(m.lookBackMonths)],
      ['Description', m.description ?? ''],
      ['Created', atBy(m.createdAt, m.createdBy)],
    ]),
    h('p.govuk-body', {}, 'This scoring service does not return the rules of a version yet: their table, trying a version and activating it appear when it does.'),
    copyForm);
}

/**
 * One score run: its progress while it runs (polled), then its ranked proposal per strand with each
 * person's explained score (opened on demand: every score read is audited), and for co-ordinators
 * the submission that nominates the joiners.
 */
export async function scoreRunPage(main: HTMLElement, [id]: string[], roles: string[]): Promise<void> {
  const path = `/api/v1/scoring/runs/${encodeURIComponent(id)}`;
  let run = await get<ScoreRun>(path);
  document.title = `Score run ${run.schemeCode} ${run.asOf} · PPO admin console`;
  const route = location.hash;
  const status = h('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'run-status' });
  const body = h('div', {});
  replace(main,
    breadcrumbs([['Scoring', `#/scoring?scheme=${run.schemeId}`], [`Run ${run.schemeCode} ${run.asOf}`]]),
    pageHeading(`Score run: ${run.schemeCode}, as of ${run.asOf}`),
    status, body);

  const showStatus = () => {
    const done = runFinished(run.status);
    replace(status,
      summaryList([
        ['Status', h('span', { 'data-testid': 'run-state' }, label(run.status))],
        ['Progress', h('span', {}, progressText(run), ' ',
          !done && run.totalPeople ? h('progress', { max: run.totalPeople, value: run.scored, 'aria-label': 'People scored' }) : null)],
        ['Matrix version', String(run.matrixVersion ?? '')],
        ['Started', atBy(run.startedAt, run.startedBy)],
        run.finishedAt ? ['Finished', formatDate(run.finishedAt)] : null,
        run.cohortTotal != null ? ['Cohort total (C&C and R&R)', String(run.cohortTotal)] : null,
        run.pndAssetTotal != null ? ['P&D ASSET total', String(run.pndAssetTotal)] : null,
        ['Proposal', h('span', { 'data-testid': 'proposal-status' }, label(run.proposalStatus))],
        run.submittedAt ? ['Submitted', atBy(run.submittedAt, run.submittedBy)] : null,
      ]),
      run.status === 'FAILED' ? warningText(`The run failed and stored nothing: ${run.failure ?? 'no reason given'}`) : null);
  };
  showStatus();

  // Poll until the run has finished, as long as the user stays on this page.
  for (let attempt = 0; !runFinished(run.status); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, pollDelay(attempt)));
    if (location.hash !== route || !main.contains(status)) return;
    run = await get<ScoreRun>(path);
    showStatus();
  }
  if (run.status !== 'COMPLETED') return;
  await renderProposal(body, run, roles, async () => {
    run = await get<ScoreRun>(path);
    showStatus();
  });
}

async function renderProposal(holder: HTMLElement, run: ScoreRun, roles: string[], refreshRun: () => Promise<void>): Promise<void> {
  const [proposal, cohort] = await Promise.all([
    get<Proposal>(`/api/v1/scoring/runs/${run.id}/proposal`),
    get<Cohort>(`/api/v1/schemes/${run.schemeId}/cohort`).catch(() => null),
  ]);
  const groups = groupProposal(proposal);
  // Names: the cohort's members in one read; joiners (the people to nominate) one read each.
  const names = new Map<string, string>();
  for (const m of cohort?.members ?? []) if (m.id) names.set(m.id, sortName(m));
  const joiners = groups.flatMap((g) => g.entries).filter((e) => e.action === 'JOIN')
    .map((e) => e.personId).filter((id): id is string => !!id && !names.has(id));
  await Promise.all([...new Set(joiners)].map(async (personId) => {
    try {
      const p = await get<Person>(`/api/v1/offenders/${personId}`);
      names.set(personId, sortName(p));
    } catch {
      /* shown by PNC ID */
    }
  }));
  const who = (e: ProposalEntry) => (e.personId ? names.get(e.personId) : undefined) ?? e.pncId ?? e.personId ?? 'unknown';

  const result = h('div', { 'data-testid': 'submission-result', 'aria-live': 'polite' });
  const nominate = toNominate(groups);
  const submitForm = can(roles, 'proposal.submit') && submittable({ status: run.status, proposalStatus: proposal.status })
    ? (nominate.length ? apiForm({
      id: 'submit-proposal',
      title: 'Submit the proposal to the panel',
      headingLevel: 3,
      submitLabel: 'Submit proposal',
      fields: [{
        name: 'exclude', label: 'Leave out of the nominations', type: 'checkboxes',
        options: nominate.flatMap((e) => (e.personId
          ? [{ value: e.personId, label: `${who(e)} (${strandName(groups.find((g) => g.entries.includes(e))?.strand)})` }] : [])),
      }],
      onSubmit: async (v) => {
        const body: Body<SubmitProposal> = { exclude: v.exclude };
        const done = await post<Submission>(`/api/v1/scoring/runs/${run.id}/proposal/submission`, body);
        await refreshRun();
        await renderProposal(holder, done.run ?? run, roles, refreshRun);
        showSubmission(holder.querySelector('[data-testid=submission-result]')!, done, run);
        return 'Submitted';
      },
    }) : h('p.govuk-body', {}, 'Nobody to nominate: the proposal has no joiners without a nomination.'))
    : null;

  replace(holder,
    proposal.warnings?.length ? h('section', { 'data-testid': 'proposal-warnings' },
      h('h2.govuk-heading-m', {}, 'Warnings'), proposal.warnings.map((w) => warningText(w))) : null,
    result,
    h('div.govuk-grid-row', {},
      h(submitForm ? 'div.govuk-grid-column-three-quarters' : 'div.govuk-grid-column-full', {}, groups.map((g) => strandSection(g, run, who))),
      submitForm ? h('section.govuk-grid-column-one-quarter', {}, submitForm,
        h('p.govuk-hint', {}, 'Each joiner becomes a nomination in your name and agency; the panel then decides on the person’s page.')) : null));
  initComponents(holder);
}

function showSubmission(slot: Element, done: Submission, run: ScoreRun): void {
  replace(slot as HTMLElement, notificationBanner('success', `${done.nominated ?? 0} ${done.nominated === 1 ? 'nomination' : 'nominations'} created`,
    h('p.govuk-body', {},
      `${done.alreadyPending ?? 0} already pending, ${done.excluded ?? 0} left out.`,
      done.run?.proposalStatus ? ` Proposal ${label(done.run.proposalStatus).toLowerCase()}.` : ''),
    h('p.govuk-body', {}, h('a.govuk-notification-banner__link', { href: `#/nominations?scheme=${run.schemeId}` }, 'See the nominations pending a panel'))));
}

function strandSection(g: StrandProposal, run: ScoreRun, who: (e: ProposalEntry) => string): HTMLElement {
  const id = `strand-${g.strand}`;
  const summary = `${g.proposed} proposed: ${g.counts.JOIN} join, ${g.counts.STAY} stay; ${g.counts.LEAVE} leave; ${g.counts.NOT_SELECTED} not selected`
    + (g.ties ? `; ${g.ties} tied at the cut-off` : '') + (g.provisional ? `; ${g.provisional} provisional` : '');
  return h('section', { 'aria-labelledby': id, 'data-strand': g.strand },
    h('h2.govuk-heading-m', { id }, strandName(g.strand)),
    h('div.app-table-wrap', { tabindex: 0, role: 'region', 'aria-label': `${strandName(g.strand)} proposal` }, h('table.govuk-table.app-proposal', { 'data-testid': `proposal-${g.strand}` },
      h('caption.govuk-table__caption.govuk-table__caption--s', {}, summary),
      h('thead.govuk-table__head', {}, h('tr.govuk-table__row', {}, ['Rank', 'Person', 'PNC ID', g.scoreName, 'Proposal', 'Notes', 'Explanation'].map((t, i) => h(i === 3 ? 'th.govuk-table__header.govuk-table__header--numeric' : 'th.govuk-table__header', { scope: 'col' }, t)))),
      h('tbody.govuk-table__body', {}, g.entries.length
        ? g.entries.map((e) => {
          // The explanation opens in a full-width row under the person's row (a disclosure button).
          const [toggle, explainRow] = explanation(e, g.strand, run, 7);
          const action = e.action?.toLowerCase() ?? 'unknown';
          return [h('tr.govuk-table__row', { class: `govuk-table__row app-row-${action}`, 'data-person': e.personId },
            h('td.govuk-table__cell', {}, e.rank),
            h('td.govuk-table__cell', {}, h('a.govuk-link', { href: `#/people/${e.personId}` }, who(e))),
            h('td.govuk-table__cell', {}, e.pncId ?? ''),
            h('td.govuk-table__cell.govuk-table__cell--numeric', {}, e.rankingScore),
            h('td.govuk-table__cell', {}, e.action ? tag(ACTION_NAMES[e.action], ACTION_TAGS[e.action]) : ''),
            h('td.govuk-table__cell', {}, notes(e).join(', ')),
            h('td.govuk-table__cell', {}, toggle)), explainRow];
        })
        : h('tr.govuk-table__row', {}, h('td.govuk-table__cell', { colspan: 7 }, 'Nobody ranked'))))));
}

function notes(e: ProposalEntry): string[] {
  return [
    e.currentMember ? 'on the strand' : null,
    e.nominationId ? 'nominated by this proposal' : e.pendingNominee ? 'nomination pending' : null,
    e.tieAtCutOff ? 'tie at the cut-off' : null,
    e.provisional ? 'provisional (data incomplete)' : null,
  ].filter((n): n is string => n !== null);
}

/**
 * A person's explanation: a disclosure button (Enter or Space) that shows a full-width row under the
 * person's row and loads their score from this run once (each read is audited, so only on demand).
 */
function explanation(e: ProposalEntry, strand: string, run: ScoreRun, columns: number): [HTMLElement, HTMLElement] {
  const id = `explain-${strand}-${e.personId}`;
  const content = h('div.app-explain', { 'aria-live': 'polite' }, h('p.govuk-body', {}, 'Loading…'));
  const row = h('tr.govuk-table__row.app-explain-row', { id, hidden: true }, h('td.govuk-table__cell', { colspan: columns }, content));
  let loaded = false;
  const toggle = button('Why this score', { 'aria-expanded': 'false', 'aria-controls': id, class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' });
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    row.hidden = !open;
    if (!open || loaded) return;
    loaded = true;
    void loadExplanation(e.personId, run.id).then((score) => {
      if (!score) {
        replace(content, h('p.govuk-body', {}, 'This run stored no matrix score for this person.'));
        return;
      }
      replace(content,
        h('p.govuk-body', {}, h('strong', {}, `Matrix score ${score.total ?? '?'}`), score.matrixVersion === undefined ? '' : ` (version ${score.matrixVersion})`,
          score.provisional ? ` — provisional: ${label(score.provisionalReasons ?? 'data incomplete')}` : ''),
        scoreTables(score),
        score.reason ? h('p.govuk-hint', {}, score.reason) : null);
    }, (err) => {
      loaded = false;
      const message = err instanceof ApiError ? (err.problem.detail ?? err.problem.title ?? `HTTP ${err.problem.status}`) : String(err);
      replace(content, h('p.govuk-error-message', { role: 'alert' }, `The score could not be read: ${message}`));
    });
  });
  return [toggle, row];
}

/** A score as the explanation shows it: the latest score (one read) or the stored one from the run. */
type Explained = Pick<StoredScore, 'total' | 'matrixVersion' | 'provisional' | 'provisionalReasons' | 'reason' | 'lines' | 'excluded'>;

/** The score lines and the offences not counted, as tables (an evaluation, a stored score). */
function scoreTables(score: Pick<Explained, 'lines' | 'excluded'>): HTMLElement[] {
  const excluded = score.excluded ?? [];
  return [
    table(['Rule', 'Count', 'Points', 'Multiplier', 'Subtotal'],
      (score.lines ?? []).map((l) => [label(l.rule), num(l.count), num(l.points), num(l.multiplier), num(l.subtotal)]), 'How the score was made'),
    ...(excluded.length ? [table(['Not counted', 'Status', 'Date', 'Why'],
      excluded.map((x) => [label(x.category), label(x.status), x.offenceDate, label(x.reason)]), 'Offences not counted')] : []),
  ];
}

async function loadExplanation(personId: string | undefined, runId: string | undefined): Promise<Explained | null> {
  if (!personId || !runId) return null;
  const base = `/api/v1/scoring/people/${encodeURIComponent(personId)}/scores`;
  const latest = await get<LatestScore>(`${base}/latest`);
  if (latest.runId === runId) return latest;
  const scoreId = scoreIdForRun(await get<ScoreHistoryEntry[]>(base), runId);
  if (!scoreId) return null;
  return get<StoredScore>(`/api/v1/scoring/scores/${scoreId}`);
}
