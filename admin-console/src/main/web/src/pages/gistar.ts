import * as L from 'leaflet';
import { get } from '../api';
import type { GiStarAnalysis, GiStarResult } from '../api/types';
import { areaMap } from '../areamap';
import { h, replace } from '../dom';
import { GI_CLASSES, giColour, giRows, giText } from '../gistar';
import { errorSummary, initComponents, table } from '../govuk';
import { ApiError } from '../problem';

/** The window and area the hotspot page's report form holds, and the ward names its report found. */
export interface GiWindow {
  from: string;
  to: string;
  within: string;
  nameOf: (code: string) => string;
}

function legend(): HTMLElement {
  return h('ul.app-legend', { 'aria-label': 'Hot and cold spot map legend', 'data-testid': 'gi-legend' },
    GI_CLASSES.map((c) => h('li', {}, h('span.app-legend__swatch', { style: `background:${c.colour}`, 'aria-hidden': 'true' }), c.text)));
}

/**
 * Hot and cold spots (Getis-Ord Gi*) of the wards in the report's window: on their own map, coloured by significance
 * with a legend, and as a table of the significant wards (its text alternative). Run on request, since the analysis
 * reads every incident of the window.
 */
export function giSection(window: () => GiWindow): HTMLElement {
  const results = h('div', { 'data-testid': 'gi-table', 'aria-live': 'polite' });
  const mapElement = h('div.app-map', { id: 'gi-map', role: 'region', 'aria-label': 'Map of the wards coloured by Gi* hot and cold spots; the table beside it lists the significant wards' });
  const error = h('div', { 'data-testid': 'gi-error' });
  let map: L.Map | null = null;

  const run = async () => {
    error.replaceChildren();
    const w = window();
    const query = `level=WARD&from=${encodeURIComponent(w.from)}&to=${encodeURIComponent(w.to)}&within=${encodeURIComponent(w.within)}`;
    try {
      const [analysis, geo] = await Promise.all([
        get<GiStarAnalysis>(`/api/v1/hotspots/gi?${query}`),
        get<GeoJSON.FeatureCollection>(`/api/v1/hotspots/gi?${query}`, { Accept: 'application/geo+json' }),
      ]);
      const { rows, notSignificant } = giRows(analysis.results ?? [], w.nameOf);
      replace(results,
        h('p.govuk-body', {}, `${rows.length} significant ${rows.length === 1 ? 'ward' : 'wards'}, ${notSignificant} not significant; weights: ${analysis.weights ?? ''}.`),
        rows.length ? table(['Ward', 'Per 1,000 per year', 'z', 'p', 'Hot or cold'], rows.map((r) => [r.name, r.value, r.z, r.p, r.classification]),
          `Significant wards, ${w.from} to ${w.to}, hottest first`) : null);
      map = areaMap(mapElement, map, geo, {
        style: (f) => ({ color: '#0b0c0c', weight: 1, fillColor: giColour((f?.properties as GiStarResult | undefined)?.classification), fillOpacity: 0.7 }),
        onEachFeature: (f, l) => {
          const p = f.properties as GiStarResult;
          l.bindTooltip(`${w.nameOf(p.code ?? '')}: ${giText(p.classification)}`);
        },
      });
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : { status: 0, title: String(e), violations: [] };
      error.replaceChildren(errorSummary((p.violations ?? []).length
        ? (p.violations ?? []).map((v) => ({ text: `${v.field}: ${v.message}` }))
        : [{ text: [p.title, p.detail].filter(Boolean).join(' — ') }]));
      initComponents(error);
    }
  };

  return h('section', { 'aria-labelledby': 'gi-heading' },
    h('h2.govuk-heading-m', { id: 'gi-heading' }, 'Hot and cold spots (Getis-Ord Gi*)'),
    h('p.govuk-body', {}, 'Whether a ward and its neighbours together stand out from the area: wards sharing a boundary, on their rates per 1,000 per year, over the window and area chosen above.'),
    h('button.govuk-button.govuk-button--secondary', { type: 'button', 'data-module': 'govuk-button', 'data-testid': 'gi-run', onclick: () => void run() }, 'Find hot and cold spots'),
    error,
    h('div.app-report', {}, results, h('div.app-report__map', {}, mapElement, legend())));
}
