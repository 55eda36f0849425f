import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { get, put } from '../api';
import type { Area, AreaPage, Body, HotspotArea, HotspotReport, SetThresholds, ThresholdList } from '../api/types';
import { formatDate, h, replace, table } from '../dom';
import { apiForm } from '../form';
import { ApiError } from '../problem';
import { basisLabel, formatRate, RATE_BASES, windowCaption } from '../rates';
import { can } from '../roles';

/** "Hastings (district)" */
const partnershipLabel = (a: Area) => `${a.name ?? a.code ?? ''}${a.type ? ` (${a.type.toLowerCase()})` : ''}`;

const RAG_COLOURS: Record<string, string> = { RED: '#d4351c', AMBER: '#f47738', GREEN: '#00703c' };

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
    ...(list.defaults ? [['Default (all others)', list.defaults.redFrom, list.defaults.amberFrom, basisLabel(list.defaults.rateBasis), list.defaults.updatedBy, '']] : []),
    ...(list.partnerships ?? []).map((t) => [`${nameOf(t.partnershipCode)} (${t.partnershipCode ?? ''})`, t.redFrom, t.amberFrom, basisLabel(t.rateBasis), t.updatedBy, formatDate(t.updatedAt)]),
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
  const within = h('select', { id: 'report-within' }, partnerships.map((a) => h('option', { value: a.code, selected: a.code === 'E10000011' }, partnershipLabel(a))));
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
        get<HotspotReport>(`/api/v1/hotspots?${query}`),
        get<GeoJSON.FeatureCollection>(`/api/v1/hotspots?${query}`, { Accept: 'application/geo+json' }),
      ]);
      const areas = report.areas ?? [];
      replace(reportTable, table(['Ward', 'Incidents', 'Population', 'Per 1,000 in the window', 'Per 1,000 per year', 'RAG', 'Change %', 'Share %'],
        areas.map((a) => [h('a.govuk-link', { href: `#/hotspots/wards/${encodeURIComponent(a.code ?? '')}?from=${from.value}&to=${to.value}` }, a.name), a.count, a.population, formatRate(a.ratePer1000InWindow),
          formatRate(a.ratePer1000PerYear),
          a.rag ? h('span', { class: `rag rag-${a.rag}`, title: `judged ${basisLabel(a.ragBasis)}` }, a.rag) : '',
          a.changePercent, a.share]),
        windowCaption(areas.length, report.from ?? from.value, report.to ?? to.value, report.monthsInWindow)));
      map?.remove();
      // No tile server: the ward polygons on a plain background.
      map = L.map(mapElement, { attributionControl: false, zoomSnap: 0.25 });
      const layer = L.geoJSON(geo, {
        style: (f) => {
          const rag = (f?.properties as HotspotArea | undefined)?.rag;
          return { color: '#0b0c0c', weight: 1, fillColor: rag ? RAG_COLOURS[rag] : '#b1b4b6', fillOpacity: 0.6 };
        },
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 6, fillColor: RAG_COLOURS[(f.properties as HotspotArea).rag ?? ''] ?? '#b1b4b6', color: '#0b0c0c', weight: 1, fillOpacity: 0.8 }),
        onEachFeature: (f, l) => {
          const p = f.properties as HotspotArea;
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
