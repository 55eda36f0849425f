import { get, post } from '../api';
import type {
  ActivateMatrixVersion, Band, Body, CategoryRule, CreateMatrixVersion, Evaluation, EvaluationRequest, MatrixRules, MatrixVersion,
} from '../api/types';
import { h, label, replace } from '../dom';
import { apiForm, FieldSpec, Values } from '../form';
import { breadcrumbs, button, num, pageHeading, summaryList, table } from '../govuk';
import { can } from '../roles';
import { atBy, matrixStatus, months, schemeOptions, scoreTables } from './scoring';
import { loadSchemes } from './schemes';

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
    copyForm = copyMatrixForm(m, r.lookBackMonths ?? m.lookBackMonths, [
      { name: 'categories', label: 'Points and multiplier per category', type: 'custom', element: grid.element, read: grid.read },
      { name: 'statusWeights', label: 'Weight by offence status', type: 'custom', element: weights.element, read: weights.read },
      { name: 'victimPoints', label: 'Points per victim type', type: 'custom', element: victims.element, read: victims.read },
      { name: 'oasysPoints', label: 'OASys / OGRS points', type: 'number', required: true, value: String(r.oasysPoints ?? '') },
      { name: 'ogrsThresholdPercent', label: 'OGRS3 2-year threshold (%)', type: 'number', required: true, value: String(r.ogrsThresholdPercent ?? '') },
      { name: 'impactPoints', label: 'Points per impact level', type: 'custom', element: impact.element, read: impact.read },
    ], (v) => ({
      oasysPoints: v.oasysPoints === undefined ? null : Number(v.oasysPoints),
      ogrsThresholdPercent: v.ogrsThresholdPercent === undefined ? null : Number(v.ogrsThresholdPercent),
      intelligenceBands: r.intelligenceBands,
      serialBands: r.serialBands,
      impactLevels: r.impactLevels,
    }));
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
  const copyForm = can(roles, 'matrix.create') ? copyMatrixForm(m, m.lookBackMonths, [], () => ({})) : null;
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
 * The form that copies a version into a new draft: name, what changes and look-back, then the rule
 * fields the version has; `rules` turns their values into the request's (numbers, the rules kept as they were).
 */
function copyMatrixForm(m: MatrixVersion, lookBackMonths: number | undefined, ruleFields: FieldSpec[],
                        rules: (v: Values) => Body<CreateMatrixVersion>): HTMLFormElement {
  return apiForm({
    id: 'copy-matrix',
    title: `New version from a copy of version ${m.versionNumber}`,
    submitLabel: 'Create draft version',
    fields: [
      { name: 'name', label: 'Name', required: true, value: `${m.name ?? ''} (copy)` },
      { name: 'description', label: 'What changes', type: 'textarea' },
      { name: 'lookBackMonths', label: 'Look-back (months)', type: 'number', required: true, value: String(lookBackMonths ?? '') },
      ...ruleFields,
    ],
    onSubmit: async (v) => {
      const body: Body<CreateMatrixVersion> = { ...v, lookBackMonths: v.lookBackMonths === undefined ? null : Number(v.lookBackMonths), ...rules(v) };
      const created = await post<MatrixVersion>('/api/v1/scoring/matrices', body);
      location.hash = `#/scoring/matrices/${created.id}`;
      return `Version ${created.versionNumber} created`;
    },
  });
}
