import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { get, put } from '../api';
import type { Area, AreaPage, Body, HotspotArea, HotspotReport, SetThresholds, ThresholdList } from '../api/types';
import { areaMap } from '../areamap';
import { formatDate, h, replace } from '../dom';
import { errorSummary, formGroup, initComponents, num, pageHeading, ragTag, select, table } from '../govuk';
import { apiForm } from '../form';
import { ApiError } from '../problem';
import { basisLabel, formatRate, RATE_BASES, windowCaption } from '../rates';
import { can } from '../roles';
import { giSection } from './gistar';

/** "Hastings (district)" */
const partnershipLabel = (a: Area) => `${a.name ?? a.code ?? ''}${a.type ? ` (${a.type.toLowerCase()})` : ''}`;

const RAG_COLOURS: Record<string, string> = { RED: '#d4351c', AMBER: '#f47738', GREEN: '#00703c' };
const NO_RAG = '#b1b4b6';

/** What the map's colours mean: the RAG bands, and grey for a ward without a population to rate. */
function legend(): HTMLElement {
  const item = (colour: string, text: string) => h('li', {}, h('span.app-legend__swatch', { style: `background:${colour}`, 'aria-hidden': 'true' }), text);
  return h('ul.app-legend', { 'aria-label': 'Map legend', 'data-testid': 'map-legend' },
    item(RAG_COLOURS.RED, 'Red: rate at or above the partnership’s red threshold'),
    item(RAG_COLOURS.AMBER, 'Amber: at or above amber'),
    item(RAG_COLOURS.GREEN, 'Green: below amber'),
    item(NO_RAG, 'Grey: no population to rate'));
}

async function areasOf(type: string): Promise<Area[]> {
  return (await get<AreaPage>(`/api/v1/areas?type=${type}&page=0&size=500`)).items ?? [];
}

/** Hotspots: RAG thresholds per partnership, and a ward table with RAG colours and a map of the GeoJSON. */
export async function hotspotsPage(main: HTMLElement, _params: string[], roles: string[]): Promise<void> {
  document.title = 'Hotspots · PPO admin console';
  const [thresholds, counties, districts] = await Promise.all([
    get<ThresholdList>('/api/v1/hotspots/thresholds'),
    areasOf('COUNTY'),
    areasOf('DISTRICT'),
  ]);
  const partnerships = [...counties, ...districts];
  const nameOf = (code: string | null | undefined) => partnerships.find((a) => a.code === code)?.name ?? code ?? '';

  const thresholdTable = h('div', { 'data-testid': 'thresholds' });
  const renderThresholds = (list: ThresholdList) => replace(thresholdTable, table(['Partnership', 'Red from', 'Amber from', 'Rates', 'Set by', 'When'], [
    ...(list.defaults ? [['Default (all others)', num(list.defaults.redFrom), num(list.defaults.amberFrom), basisLabel(list.defaults.rateBasis), list.defaults.updatedBy, '']] : []),
    ...(list.partnerships ?? []).map((t) => [`${nameOf(t.partnershipCode)} (${t.partnershipCode ?? ''})`, num(t.redFrom), num(t.amberFrom), basisLabel(t.rateBasis), t.updatedBy, formatDate(t.updatedAt)]),
  ], 'Rates per 1,000 residents; each partnership’s thresholds judge the rate on their own basis'));
  renderThresholds(thresholds);

  const thresholdForm = can(roles, 'threshold.set') ? apiForm({
    id: 'thresholds-form',
    title: 'Set a partnership’s thresholds',
    submitLabel: 'Save thresholds',
    fields: [
      { name: 'partnershipCode', label: 'Partnership (district or county)', type: 'select', required: true, options: partnerships.flatMap((a) => (a.code ? [{ value: a.code, label: partnershipLabel(a) }] : [])) },
      { name: 'redFrom', label: 'Red from (per 1,000)', type: 'number', required: true, step: '0.01' },
      { name: 'amberFrom', label: 'Amber from (per 1,000)', type: 'number', required: true, step: '0.01' },
      { name: 'rateBasis', label: 'The rates are', type: 'select', required: true, value: 'PER_1000_PER_YEAR', options: RATE_BASES },
    ],
    onSubmit: async (v) => {
      if (!v.partnershipCode) {
        throw new ApiError({ status: 400, title: 'Invalid input', violations: [{ field: 'partnershipCode', message: 'choose a partnership' }] });
      }
      // A missing number goes as null, so the service names the field (a required SetThresholds field).
      const body: Body<SetThresholds> = {
        redFrom: v.redFrom === undefined ? null : Number(v.redFrom),
        amberFrom: v.amberFrom === undefined ? null : Number(v.amberFrom),
        rateBasis: v.rateBasis ?? 'PER_1000_PER_YEAR',
      };
      await put(`/api/v1/hotspots/thresholds/${encodeURIComponent(String(v.partnershipCode))}`, body);
      renderThresholds(await get<ThresholdList>('/api/v1/hotspots/thresholds'));
      return `Thresholds saved for ${nameOf(String(v.partnershipCode))}`;
    },
  }) : null;

  // The report: a window of months within an area, WARD level, as a table and on a map.
  const within = select('report-within', partnerships.map((a) => ({ value: a.code ?? '', label: partnershipLabel(a), selected: a.code === 'E10000011' })));
  const from = h('input.govuk-input.govuk-input--width-10', { id: 'report-from', name: 'from', type: 'month', value: '2025-01' });
  const to = h('input.govuk-input.govuk-input--width-10', { id: 'report-to', name: 'to', type: 'month', value: '2025-06' });
  const reportTable = h('div', { 'data-testid': 'ward-table', 'aria-live': 'polite' });
  const mapElement = h('div.app-map', { id: 'map', role: 'region', 'aria-label': 'Map of the wards coloured by RAG; the table beside it lists the same wards' });
  const reportError = h('div', { 'data-testid': 'report-error' });
  let map: L.Map | null = null;
  let wardNames = new Map<string, string>();

  const run = async (event?: Event) => {
    event?.preventDefault();
    reportError.replaceChildren();
    const query = `level=WARD&from=${from.value}&to=${to.value}&within=${encodeURIComponent(within.value)}`;
    try {
      const [report, geo] = await Promise.all([
        get<HotspotReport>(`/api/v1/hotspots?${query}`),
        get<GeoJSON.FeatureCollection>(`/api/v1/hotspots?${query}`, { Accept: 'application/geo+json' }),
      ]);
      const areas = report.areas ?? [];
      wardNames = new Map(areas.map((a) => [a.code ?? '', a.name ?? a.code ?? '']));
      replace(reportTable, table(['Ward', 'Incidents', 'Population', 'Per 1,000 in the window', 'Per 1,000 per year', 'RAG', 'Change %', 'Share %'],
        areas.map((a) => [h('a.govuk-link', { href: `#/hotspots/wards/${encodeURIComponent(a.code ?? '')}?from=${from.value}&to=${to.value}` }, a.name), num(a.count), num(a.population), num(formatRate(a.ratePer1000InWindow)),
          num(formatRate(a.ratePer1000PerYear)),
          ragTag(a.rag, `judged ${basisLabel(a.ragBasis)}`),
          num(a.changePercent), num(a.share)]),
        windowCaption(areas.length, report.from ?? from.value, report.to ?? to.value, report.monthsInWindow)));
      map = areaMap(mapElement, map, geo, {
        style: (f) => {
          const rag = (f?.properties as HotspotArea | undefined)?.rag;
          return { color: '#0b0c0c', weight: 1, fillColor: rag ? RAG_COLOURS[rag] : NO_RAG, fillOpacity: 0.6 };
        },
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 6, fillColor: RAG_COLOURS[(f.properties as HotspotArea).rag ?? ''] ?? NO_RAG, color: '#0b0c0c', weight: 1, fillOpacity: 0.8 }),
        onEachFeature: (f, l) => {
          const p = f.properties as HotspotArea;
          l.bindTooltip(`${p.name}: ${formatRate(p.ratePer1000PerYear) || '–'} per 1,000 per year (${p.rag ?? 'no population'})`);
        },
      });
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : { status: 0, title: String(e), violations: [] };
      const fields: Record<string, string> = { from: 'report-from', to: 'report-to', within: 'report-within' };
      reportError.replaceChildren(errorSummary((p.violations ?? []).length
        ? (p.violations ?? []).map((v) => ({ text: `${v.field}: ${v.message}`, target: fields[v.field ?? ''] }))
        : [{ text: [p.title, p.detail].filter(Boolean).join(' — ') }]));
      initComponents(reportError);
    }
  };

  replace(main,
    pageHeading('Hotspots'),
    h('h2.govuk-heading-m', {}, 'RAG thresholds'),
    h('div.govuk-grid-row', {},
      h(thresholdForm ? 'div.govuk-grid-column-two-thirds' : 'div.govuk-grid-column-full', {}, thresholdTable),
      thresholdForm ? h('div.govuk-grid-column-one-third', {}, thresholdForm) : null),
    h('h2.govuk-heading-m', {}, 'Wards by rate per 1,000 per year'),
    h('form.app-toolbar', { onsubmit: (e: Event) => void run(e), 'aria-label': 'Report window', novalidate: true },
      formGroup('report-within', 'Within', within),
      formGroup('report-from', 'From', from, 'Month, e.g. 2025-01'),
      formGroup('report-to', 'To', to, 'Month, e.g. 2025-06'),
      h('button.govuk-button', { type: 'submit', 'data-module': 'govuk-button' }, 'Show')),
    reportError,
    h('div.app-report', {}, reportTable, h('div.app-report__map', {}, mapElement, legend())),
    giSection(() => ({ from: from.value, to: to.value, within: within.value, nameOf: (code) => wardNames.get(code) ?? code })));
  await run();
}
