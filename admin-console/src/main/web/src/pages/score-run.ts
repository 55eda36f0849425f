import { get, post } from '../api';
import type {
  Body, Cohort, LatestScore, Person, Proposal, ProposalEntry, ScoreHistoryEntry, ScoreRun, StoredScore, Submission, SubmitProposal,
} from '../api/types';
import { formatDate, h, label, replace, sortName, strandName } from '../dom';
import { apiForm } from '../form';
import { breadcrumbs, button, initComponents, notificationBanner, pageHeading, summaryList, tag, TagColour, warningText } from '../govuk';
import { ApiError } from '../problem';
import {
  ACTION_NAMES, groupProposal, pollDelay, progressText, runFinished, scoreIdForRun, StrandProposal, submittable, toNominate,
} from '../proposal';
import { can } from '../roles';
import { atBy, Explained, scoreTables } from './scoring';

const ACTION_TAGS: Record<string, TagColour> = { JOIN: 'green', STAY: 'blue', LEAVE: 'orange', NOT_SELECTED: 'grey' };

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
          return [h('tr.govuk-table__row', { 'data-action': action, 'data-person': e.personId },
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


async function loadExplanation(personId: string | undefined, runId: string | undefined): Promise<Explained | null> {
  if (!personId || !runId) return null;
  const base = `/api/v1/scoring/people/${encodeURIComponent(personId)}/scores`;
  const latest = await get<LatestScore>(`${base}/latest`);
  if (latest.runId === runId) return latest;
  const scoreId = scoreIdForRun(await get<ScoreHistoryEntry[]>(base), runId);
  if (!scoreId) return null;
  return get<StoredScore>(`/api/v1/scoring/scores/${scoreId}`);
}
