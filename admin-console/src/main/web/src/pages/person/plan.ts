import { get, post } from '../../api';
import type { AddPpoAction, Body, CreatePpoPlan, Person, PpoPlan, PpoPlanPage, RecordPpoActionOutcome } from '../../api/types';
import { formatDate, h, label, STRANDS, strandName } from '../../dom';
import { apiForm, options } from '../../form';
import { summaryList, table, tag } from '../../govuk';
import { actionsInOrder, currentPlan } from '../../personview';
import { can } from '../../roles';
import { etagOf, ifMatch } from '../../versioned';
import { AGENCIES, PLAN_AREAS, planAreaName } from './codes';
import { formFold, today, type PersonContext } from './section';

const STATUS_TAGS = { OPEN: 'blue', ACHIEVED: 'green', NOT_ACHIEVED: 'red' } as const;

/**
 * The person's PPO plan in force with its actions (open ones first, overdue marked) and the plans it
 * replaced; drawing up a plan, adding an action and recording an action's outcome (admin, co-ordinator,
 * offender manager). A form that saves redraws the part, since the plan's version and actions change.
 */
export async function planPart(ctx: PersonContext, person: Person, redraw: () => Promise<void>): Promise<HTMLElement> {
  const page = await get<PpoPlanPage>(`/api/v1/ppo-plans?offenderId=${encodeURIComponent(ctx.personId)}&size=100`);
  const { active, replaced } = currentPlan(page.items ?? []);
  const edit = can(ctx.roles, 'ppoPlan.edit');
  const history = replaced.length
    ? table(['Drawn up', 'Strand', 'Kind', 'Status', 'Replaced'], replaced.map((p) => [formatDate(p.createdAt), strandName(p.strand), label(p.kind), label(p.status), formatDate(p.replacedAt)]), 'Plans replaced')
    : null;
  if (!active) {
    return h('div', {}, h('p.govuk-body', { 'data-testid': 'no-plan' }, 'No plan in force.'), history,
      edit ? newPlanForm(ctx, person, redraw, 'Draw up a plan') : null);
  }
  const actions = actionsInOrder(active.actions ?? [], today());
  const open = actions.filter((a) => a.status === 'OPEN');
  return h('div', {},
    summaryList([
      ['Plan', `${label(active.kind)} plan, ${strandName(active.strand)}`],
      ['Drawn up', `${formatDate(active.createdAt)} by ${active.createdBy ?? ''}`],
      ['Open actions', `${open.length}${open.some((a) => a.overdue) ? `, ${open.filter((a) => a.overdue).length} overdue` : ''}`],
    ], { 'data-testid': 'plan-facts' }),
    table(['Area', 'Agency', 'Action', 'Due', 'Status', 'Outcome'],
      actions.map((a) => [planAreaName(a.area), label(a.agency), a.text, a.due ?? '',
        [tag(label(a.status), STATUS_TAGS[a.status ?? 'OPEN']), a.overdue ? [' ', tag('Overdue', 'red')] : null],
        [a.outcome ?? '', a.outcomeOn ? ` (${a.outcomeOn})` : '']]),
      'The plan’s actions, open first by due day', { 'data-testid': 'plan-actions' }),
    history,
    edit ? formFold('Add an action', addActionForm(active, redraw)) : null,
    edit && open.length ? formFold('Record an action’s outcome', outcomeForm(active, open, redraw)) : null,
    edit ? formFold('Draw up a new plan (replaces this one; open actions carry over)', newPlanForm(ctx, person, redraw, 'Draw up a new plan')) : null);
}

function newPlanForm(ctx: PersonContext, person: Person, redraw: () => Promise<void>, title: string): HTMLFormElement {
  return apiForm({
    id: 'new-ppo-plan',
    title,
    submitLabel: 'Draw up the plan',
    headingLevel: 3,
    fields: [{ name: 'strand', label: 'Strand', type: 'select', required: true, options: Object.entries(STRANDS).map(([value, l]) => ({ value, label: l })), value: person.strand ?? undefined }],
    onSubmit: async (v) => {
      const body: Body<CreatePpoPlan> = { ...v, offenderId: ctx.personId };
      await post('/api/v1/ppo-plans', body);
      await redraw();
    },
  });
}

function addActionForm(plan: PpoPlan, redraw: () => Promise<void>): HTMLFormElement {
  return apiForm({
    id: 'add-ppo-action',
    title: 'Add an action',
    submitLabel: 'Add action',
    headingLevel: 3,
    fields: [
      { name: 'area', label: 'Area', type: 'select', required: true, options: options(PLAN_AREAS, planAreaName) },
      { name: 'agency', label: 'Agency that owns it', type: 'select', required: true, options: options(AGENCIES.map((a) => a.toLowerCase()), label) },
      { name: 'text', label: 'Action', type: 'textarea', required: true },
      { name: 'due', label: 'Due', type: 'date' },
    ],
    onSubmit: async (v) => {
      const body: Body<AddPpoAction> = v;
      await post(`/api/v1/ppo-plans/${plan.id}/actions`, body, ifMatch(etagOf(null, plan.version)));
      await redraw();
    },
  });
}

function outcomeForm(plan: PpoPlan, open: PpoPlan['actions'] & object, redraw: () => Promise<void>): HTMLFormElement {
  return apiForm({
    id: 'ppo-action-outcome',
    title: 'Record an action’s outcome',
    submitLabel: 'Record outcome',
    headingLevel: 3,
    fields: [
      { name: 'actionId', label: 'Action', type: 'select', required: true, options: open.map((a) => ({ value: a.id ?? '', label: `${planAreaName(a.area)}: ${a.text ?? ''}` })) },
      { name: 'status', label: 'Outcome', type: 'select', required: true, options: [{ value: 'ACHIEVED', label: 'Achieved' }, { value: 'NOT_ACHIEVED', label: 'Not achieved' }] },
      { name: 'on', label: 'On', type: 'date', required: true, value: today() },
      { name: 'outcome', label: 'What happened', type: 'textarea' },
    ],
    onSubmit: async ({ actionId, ...v }) => {
      const body: Body<RecordPpoActionOutcome> = v;
      await post(`/api/v1/ppo-plans/${plan.id}/actions/${encodeURIComponent(String(actionId ?? ''))}/outcome`, body, ifMatch(etagOf(null, plan.version)));
      await redraw();
    },
  });
}
