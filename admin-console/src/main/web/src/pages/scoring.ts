import { get, Page, post } from '../api';
import { formatDate, h, label, replace, table } from '../dom';
import { apiForm } from '../form';
import { can } from '../roles';
import { loadSchemes } from './schemes';

interface CategoryRule { points: number; multiplier: number }
interface Band { from: number; to: number | null; points: number }
interface Rules {
  lookBackMonths: number;
  categories: Record<string, CategoryRule>;
  statusWeights: Record<string, number>;
  victimPoints: Record<string, number>;
  oasysPoints: number;
  ogrsThresholdPercent: number;
  intelligenceBands: Band[];
  serialBands: Band[];
  impactPoints: Record<string, number>;
  impactLevels: Record<string, string>;
}
interface MatrixVersion {
  id: string;
  versionNumber: number;
  name: string;
  description?: string;
  lookBackMonths: number;
  status: string;
  used?: boolean;
  version: number;
  createdAt: string;
  createdBy: string;
  /** Absent from scoring services before the rules were exposed: the page then shows the basics. */
  rules?: Rules;
}
interface Active { schemeId: string | null; schemeSpecific: boolean; matrix: MatrixVersion }
interface Line { rule: string; count: number; points: number; multiplier: number; subtotal: number }
interface Evaluation { total: number; matrixVersion: number; lines: Line[]; excluded: Array<{ category: string; status: string; offenceDate: string; reason: string }> }

const matrixLink = (m: MatrixVersion) => h('a', { href: `#/scoring/matrices/${m.id}` }, `Version ${m.versionNumber}`);

/** Matrix versions (the scoring matrix is data: admins add versions and activate one). */
export async function scoringPage(main: HTMLElement): Promise<void> {
  document.title = 'Scoring · PPO admin console';
  const [page, active] = await Promise.all([
    get<Page<MatrixVersion>>('/api/v1/scoring/matrices?page=0&size=200'),
    get<Active>('/api/v1/scoring/matrices/active').catch(() => null),
  ]);
  replace(main,
    h('h1', {}, 'Scoring'),
    h('p.muted', {}, 'The prioritisation matrix is data: every score keeps the version that made it. Open a version to see its rules, try it on an example, copy it into a new draft or activate it.'),
    active ? h('p', { 'data-testid': 'active-matrix' }, 'Active for schemes without their own: ', matrixLink(active.matrix), ` — ${active.matrix.name}`) : null,
    h('h2', {}, 'Matrix versions'),
    h('div', { 'data-testid': 'matrix-list' }, table(['Version', 'Name', 'Status', 'Look-back', 'Used', 'Created', 'By'],
      page.items.map((m) => [matrixLink(m), m.name, m.status, `${m.lookBackMonths} months`, m.used ? 'yes (fixed)' : 'no', formatDate(m.createdAt), m.createdBy]))),
    h('h2', {}, 'Score runs and proposals'),
    h('p.muted', {}, 'Score runs, their ranked proposals and submitting a proposal to the panel appear here once the scoring service offers them (not yet in its API).'));
}

function numberInput(name: string, value: number, labelText: string): HTMLInputElement {
  return h('input', { type: 'number', name, value, 'aria-label': labelText, step: '1' });
}

/** A grid of points/multipliers per category, prefilled from a version, read back as the API's map. */
function categoryGrid(rules: Rules): { element: HTMLElement; read: () => Record<string, CategoryRule> } {
  const inputs = new Map<string, [HTMLInputElement, HTMLInputElement]>();
  const rows = Object.entries(rules.categories).map(([code, rule]) => {
    const points = numberInput(`${code}.points`, rule.points, `${label(code)} points`);
    const multiplier = numberInput(`${code}.multiplier`, rule.multiplier, `${label(code)} multiplier`);
    inputs.set(code, [points, multiplier]);
    return [label(code), points, multiplier];
  });
  const element = h('div.grid-input', {}, table(['Category', 'Points', 'Multiplier'], rows));
  const read = () => Object.fromEntries([...inputs].map(([code, [p, m]]) => [code, { points: Number(p.value), multiplier: Number(m.value) }]));
  return { element, read };
}

function mapGrid(values: Record<string, number>, what: string): { element: HTMLElement; read: () => Record<string, number> } {
  const inputs = new Map(Object.entries(values).map(([k, v]) => [k, numberInput(k, v, `${label(k)} ${what}`)]));
  return {
    element: h('div.grid-input', {}, table([label(what), 'Value'], [...inputs].map(([k, input]) => [label(k), input]))),
    read: () => Object.fromEntries([...inputs].map(([k, input]) => [k, Number(input.value)])),
  };
}

function bandText(bands: Band[], unit: string): string {
  return bands.map((b) => `${b.from}${b.to === null ? '+' : '–' + b.to} ${unit}: ${b.points}`).join('; ');
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
  const offenceRows = h('div.offence-rows', {});
  const categories = Object.keys(r.categories);
  const addOffence = (category = categories[0], status = 'CONVICTED', date = '') => {
    offenceRows.append(h('div.toolbar', {},
      h('select', { 'aria-label': 'Category', 'data-part': 'category' }, categories.map((c) => h('option', { value: c, selected: c === category }, label(c)))),
      h('select', { 'aria-label': 'Status', 'data-part': 'status' }, ['CONVICTED', 'ADMITTED', 'SUSPECTED'].map((s) => h('option', { value: s, selected: s === status }, label(s)))),
      h('input', { type: 'date', 'aria-label': 'Offence date', 'data-part': 'offenceDate', value: date })));
  };
  const monthAgo = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  addOffence(categories[0], 'CONVICTED', monthAgo);
  addOffence(categories[0], 'CONVICTED', monthAgo);
  const tryForm = apiForm({
    id: 'evaluate',
    title: `Try version ${m.versionNumber} on an example`,
    submitLabel: 'Score the example',
    fields: [
      { name: 'asOf', label: 'Scored as of', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) },
      {
        name: 'offences', label: 'Offences', type: 'custom',
        element: h('div', {}, offenceRows, h('button', { type: 'button', onclick: () => addOffence() }, 'Add an offence')),
        read: () => [...offenceRows.children].map((row) => ({
          category: (row.querySelector('[data-part=category]') as HTMLSelectElement).value,
          status: (row.querySelector('[data-part=status]') as HTMLSelectElement).value,
          offenceDate: (row.querySelector('[data-part=offenceDate]') as HTMLInputElement).value || null,
        })),
      },
    ],
    onSubmit: async (v) => {
      const e = await post<Evaluation>('/api/v1/scoring/evaluations', { ...v, matrixVersion: m.versionNumber, intelligenceDates: [] });
      replace(result,
        h('h3', {}, `Score ${e.total} (version ${e.matrixVersion})`),
        table(['Rule', 'Count', 'Points', 'Multiplier', 'Subtotal'], e.lines.map((l) => [label(l.rule), String(l.count), String(l.points), String(l.multiplier), String(l.subtotal)])),
        e.excluded.length ? table(['Not counted', 'Status', 'Date', 'Why'], e.excluded.map((x) => [label(x.category), x.status, x.offenceDate, label(x.reason)])) : null);
      return `Scored ${e.total}`;
    },
  });

  let activateForm: HTMLElement | null = null;
  if (can(roles, 'matrix.activate') && m.status !== 'RETIRED') {
    const schemes = await loadSchemes();
    activateForm = apiForm({
      id: 'activate',
      title: 'Activate this version',
      submitLabel: 'Activate',
      fields: [{ name: 'schemeId', label: 'For scheme (none: every scheme without its own)', type: 'select', options: schemes.map((s) => ({ value: s.id, label: s.code })) }],
      onSubmit: async (v) => {
        await post(`/api/v1/scoring/matrices/${m.id}/activations`, { schemeId: v.schemeId ?? null });
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
        { name: 'name', label: 'Name', required: true, value: `${m.name} (copy)` },
        { name: 'description', label: 'What changes', type: 'textarea' },
        { name: 'lookBackMonths', label: 'Look-back (months)', type: 'number', required: true, value: String(r.lookBackMonths) },
        { name: 'categories', label: 'Points and multiplier per category', type: 'custom', element: grid.element, read: grid.read },
        { name: 'statusWeights', label: 'Weight by offence status', type: 'custom', element: weights.element, read: weights.read },
        { name: 'victimPoints', label: 'Points per victim type', type: 'custom', element: victims.element, read: victims.read },
        { name: 'oasysPoints', label: 'OASys / OGRS points', type: 'number', required: true, value: String(r.oasysPoints) },
        { name: 'ogrsThresholdPercent', label: 'OGRS3 2-year threshold (%)', type: 'number', required: true, value: String(r.ogrsThresholdPercent) },
        { name: 'impactPoints', label: 'Points per impact level', type: 'custom', element: impact.element, read: impact.read },
      ],
      onSubmit: async (v) => {
        const body = {
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
    h('nav.crumbs', { 'aria-label': 'Breadcrumb' }, h('a', { href: '#/scoring' }, 'Scoring'), ' › ', `Version ${m.versionNumber}`),
    h('h1', {}, `Matrix version ${m.versionNumber}: ${m.name}`),
    h('dl.facts', {},
      h('dt', {}, 'Status'), h('dd', { 'data-testid': 'matrix-status' }, m.status),
      h('dt', {}, 'Fixed'), h('dd', {}, m.used ? 'yes: activated or used by a score, so it cannot change' : 'no (draft)'),
      h('dt', {}, 'Look-back'), h('dd', {}, `${r.lookBackMonths} months`),
      h('dt', {}, 'Description'), h('dd', {}, m.description ?? '—'),
      h('dt', {}, 'Created'), h('dd', {}, `${formatDate(m.createdAt)} by ${m.createdBy}`)),
    h('div.two-col', {},
      h('section', {},
        h('h2', {}, 'Crime categories'),
        table(['Category', 'Points', 'Multiplier', 'Impact'], Object.entries(r.categories).map(([c, rule]) => [label(c), String(rule.points), rule.multiplier === 1 ? '' : `×${rule.multiplier}`, label(r.impactLevels[c])])),
        h('h2', {}, 'Other lines'),
        table(['Line', 'Points'], [
          ...Object.entries(r.victimPoints).map(([k, v]) => [`Victim: ${label(k)}`, String(v)]),
          ['OASys high or OGRS3 2-year ≥ ' + r.ogrsThresholdPercent + '%', String(r.oasysPoints)],
          ['Intelligence (age in days)', bandText(r.intelligenceBands, 'days')],
          ['Serial offender (offences)', bandText(r.serialBands, 'offences')],
          ...Object.entries(r.impactPoints).map(([k, v]) => [`Impact: ${label(k)}`, String(v)]),
          ['Status weights', Object.entries(r.statusWeights).map(([k, v]) => `${label(k)} ${v}`).join(', ')],
        ])),
      h('section.forms', {}, tryForm, result, activateForm)),
    copyForm);
}

/** A scoring service that does not return a version's rules: the facts, and a copy by name and look-back. */
function basicMatrixPage(main: HTMLElement, m: MatrixVersion, roles: string[]): void {
  const copyForm = can(roles, 'matrix.create') ? apiForm({
    id: 'copy-matrix',
    title: `New version from a copy of version ${m.versionNumber}`,
    submitLabel: 'Create draft version',
    fields: [
      { name: 'name', label: 'Name', required: true, value: `${m.name} (copy)` },
      { name: 'description', label: 'What changes', type: 'textarea' },
      { name: 'lookBackMonths', label: 'Look-back (months)', type: 'number', required: true, value: String(m.lookBackMonths) },
    ],
    onSubmit: async (v) => {
      const created = await post<MatrixVersion>('/api/v1/scoring/matrices', { ...v, lookBackMonths: v.lookBackMonths === undefined ? null : Number(v.lookBackMonths) });
      location.hash = `#/scoring/matrices/${created.id}`;
      return `Version ${created.versionNumber} created`;
    },
  }) : null;
  replace(main,
    h('nav.crumbs', { 'aria-label': 'Breadcrumb' }, h('a', { href: '#/scoring' }, 'Scoring'), ' › ', `Version ${m.versionNumber}`),
    h('h1', {}, `Matrix version ${m.versionNumber}: ${m.name}`),
    h('dl.facts', {},
      h('dt', {}, 'Status'), h('dd', { 'data-testid': 'matrix-status' }, m.status),
      h('dt', {}, 'Look-back'), h('dd', {}, `${m.lookBackMonths} months`),
      h('dt', {}, 'Description'), h('dd', {}, m.description ?? '—'),
      h('dt', {}, 'Created'), h('dd', {}, `${formatDate(m.createdAt)} by ${m.createdBy}`)),
    h('p.muted', {}, 'This scoring service does not return the rules of a version yet: their table, trying a version and activating it appear when it does.'),
    copyForm);
}

export async function scoreRunPage(main: HTMLElement): Promise<void> {
  replace(main, h('h1', {}, 'Score runs'), h('p.muted', {}, 'The scoring service does not offer score runs yet.'));
}
