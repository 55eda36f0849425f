import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { get, Page, put } from '../api';
import { formatDate, h, replace, table } from '../dom';
import { apiForm } from '../form';
import { ApiError } from '../problem';
import { basisLabel, formatRate, RATE_BASES, RateBasis, windowCaption } from '../rates';
import { can } from '../roles';

interface Threshold { partnershipCode: string | null; redFrom: number; amberFrom: number; rateBasis: RateBasis; updatedBy: string; updatedAt: string | null; version: number }
interface ThresholdList { defaults: Threshold; partnerships: Threshold[] }
interface Area { code: string; name: string; type: string; parentCode?: string }
interface AreaRow {
  code: string; name: string; count: number; population: number | null;
  ratePer1000InWindow: number | null; ratePer1000PerYear: number | null; rag: string | null; ragBasis: RateBasis;
  previousCount: number; changePercent: number | null; share: number;
}
interface Report { level: string; from: string; to: string; monthsInWindow: number; rateBasis: RateBasis; crimeTypes: string[]; areas: AreaRow[] }

const RAG_COLOURS: Record<string, string> = { RED: '#d4351c', AMBER: '#f47738', GREEN: '#00703c' };

async function areasOf(type: string): Promise<Area[]> {
  return (await get<Page<Area>>(`/api/v1/areas?type=${type}&page=0&size=500`)).items;
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
  const nameOf = (code: string | null) => partnerships.find((a) => a.code === code)?.name ?? code ?? '';

  const thresholdTable = h('div', { 'data-testid': 'thresholds' });
  const renderThresholds = (list: ThresholdList) => replace(thresholdTable, table(['Partnership', 'Red from', 'Amber from', 'Rates', 'Set by', 'When'], [
    ['Default (all others)', String(list.defaults.redFrom), String(list.defaults.amberFrom), basisLabel(list.defaults.rateBasis), list.defaults.updatedBy, ''],
    ...list.partnerships.map((t) => [`${nameOf(t.partnershipCode)} (${t.partnershipCode})`, String(t.redFrom), String(t.amberFrom), basisLabel(t.rateBasis), t.updatedBy, formatDate(t.updatedAt)]),
  ], 'Rates per 1,000 residents; each partnership’s thresholds judge the rate on their own basis'));
  renderThresholds(thresholds);

  const thresholdForm = can(roles, 'threshold.set') ? apiForm({
    id: 'thresholds-form',
    title: 'Set a partnership’s thresholds',
    submitLabel: 'Save thresholds',
    fields: [
      { name: 'partnershipCode', label: 'Partnership (district or county)', type: 'select', required: true, options: partnerships.map((a) => ({ value: a.code, label: `${a.name} (${a.type.toLowerCase()})` })) },
      { name: 'redFrom', label: 'Red from (per 1,000)', type: 'number', required: true, step: '0.01' },
      { name: 'amberFrom', label: 'Amber from (per 1,000)', type: 'number', required: true, step: '0.01' },
      { name: 'rateBasis', label: 'The rates are', type: 'select', required: true, value: 'PER_1000_PER_YEAR', options: RATE_BASES },
    ],
    onSubmit: async (v) => {
      if (!v.partnershipCode) {
        throw new ApiError({ status: 400, title: 'Invalid input', violations: [{ field: 'partnershipCode', message: 'choose a partnership' }] });
      }
      await put(`/api/v1/hotspots/thresholds/${encodeURIComponent(String(v.partnershipCode))}`, {
        redFrom: v.redFrom === undefined ? null : Number(v.redFrom),
        amberFrom: v.amberFrom === undefined ? null : Number(v.amberFrom),
        rateBasis: v.rateBasis ?? 'PER_1000_PER_YEAR',
      });
      renderThresholds(await get<ThresholdList>('/api/v1/hotspots/thresholds'));
      return `Thresholds saved for ${nameOf(String(v.partnershipCode))}`;
    },
  }) : null;

  // The report: a window of months within an area, WARD level, as a table and on a map.
  const within = h('select', { id: 'report-within' }, partnerships.map((a) => h('option', { value: a.code, selected: a.code === 'E10000011' }, `${a.name} (${a.type.toLowerCase()})`)));
  const from = h('input', { id: 'report-from', type: 'month', value: '2025-01' });
  const to = h('input', { id: 'report-to', type: 'month', value: '2025-06' });
  const reportTable = h('div', { 'data-testid': 'ward-table', 'aria-live': 'polite' });
  const mapElement = h('div', { id: 'map', role: 'img', 'aria-label': 'Map of the wards coloured by RAG' });
  const reportError = h('div.form-errors', { role: 'alert' });
  let map: L.Map | null = null;

  const run = async (event?: Event) => {
    event?.preventDefault();
    reportError.replaceChildren();
    const query = `level=WARD&from=${from.value}&to=${to.value}&within=${encodeURIComponent(within.value)}`;
    try {
      const [report, geo] = await Promise.all([
        get<Report>(`/api/v1/hotspots?${query}`),
        get<GeoJSON.FeatureCollection>(`/api/v1/hotspots?${query}`, { Accept: 'application/geo+json' }),
      ]);
      replace(reportTable, table(['Ward', 'Incidents', 'Population', 'Per 1,000 in the window', 'Per 1,000 per year', 'RAG', 'Change %', 'Share %'],
        report.areas.map((a) => [a.name, String(a.count), a.population === null ? '' : String(a.population), formatRate(a.ratePer1000InWindow),
          formatRate(a.ratePer1000PerYear),
          a.rag ? h('span', { class: `rag rag-${a.rag}`, title: `judged ${basisLabel(a.ragBasis)}` }, a.rag) : '',
          a.changePercent === null ? '' : String(a.changePercent), String(a.share)]),
        windowCaption(report.areas.length, report.from, report.to, report.monthsInWindow)));
      map?.remove();
      // No tile server: the ward polygons on a plain background.
      map = L.map(mapElement, { attributionControl: false, zoomSnap: 0.25 });
      const layer = L.geoJSON(geo, {
        style: (f) => {
          const rag = (f?.properties as AreaRow | undefined)?.rag;
          return { color: '#0b0c0c', weight: 1, fillColor: rag ? RAG_COLOURS[rag] : '#b1b4b6', fillOpacity: 0.6 };
        },
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 6, fillColor: RAG_COLOURS[(f.properties as AreaRow).rag ?? ''] ?? '#b1b4b6', color: '#0b0c0c', weight: 1, fillOpacity: 0.8 }),
        onEachFeature: (f, l) => {
          const p = f.properties as AreaRow;
          l.bindTooltip(`${p.name}: ${formatRate(p.ratePer1000PerYear) || '–'} per 1,000 per year (${p.rag ?? 'no population'})`);
        },
      }).addTo(map);
      const bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
      else map.setView([50.9, 0.3], 9);
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : { status: 0, title: String(e), violations: [] };
      reportError.replaceChildren(h('p', {}, [p.title, p.detail, ...(p.violations ?? []).map((v) => `${v.field}: ${v.message}`)].filter(Boolean).join(' — ')));
    }
  };

  replace(main,
    h('h1', {}, 'Hotspots'),
    h('h2', {}, 'RAG thresholds'),
    h('div.two-col', {}, thresholdTable, thresholdForm),
    h('h2', {}, 'Wards by rate per 1,000 per year'),
    h('form.toolbar', { onsubmit: (e: Event) => void run(e), 'aria-label': 'Report window' },
      h('label', { for: 'report-within' }, 'Within'), within,
      h('label', { for: 'report-from' }, 'From'), from,
      h('label', { for: 'report-to' }, 'To'), to,
      h('button.primary', { type: 'submit' }, 'Show')),
    reportError,
    h('div.two-col.map-grid', {}, reportTable, mapElement));
  await run();
}
