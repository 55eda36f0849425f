import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { chartRows, type ChartData } from './chartdata';
import { h } from './dom';
import { details, table } from './govuk';
import './tasks.css';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** GOV.UK colours, in the order series take them: blue, black, orange, green, purple, pink, turquoise. */
const COLOURS = ['#1d70b8', '#0b0c0c', '#f47738', '#00703c', '#4c2c92', '#d53880', '#28a197'];

let chartCounter = 0;

/**
 * A chart drawn from the API's data by Chart.js on a canvas, with its text alternative: a sentence
 * the canvas is labelled by and, under a "Show the figures" disclosure, the same data as a table.
 */
export function chartFigure(title: string, data: ChartData, summary: string, opts: { testId?: string; alternative?: HTMLElement } = {}): HTMLElement {
  const id = `chart${++chartCounter}`;
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${summary}`, 'aria-describedby': `${id}-summary` });
  const { headers, rows } = chartRows(data);
  const figure = h('figure.ppo-chart', { 'data-testid': opts.testId },
    h('figcaption.govuk-heading-s', {}, title),
    h('p.govuk-body', { id: `${id}-summary` }, summary),
    h('div.ppo-chart__canvas', {}, canvas),
    opts.alternative ?? details(`Show the figures: ${title.toLowerCase()}`, table(headers, rows, title)));
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => ({
        type: s.kind,
        label: s.label,
        data: s.values,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        borderDash: s.dashed ? [6, 4] : undefined,
        borderWidth: s.kind === 'line' ? 2 : 0,
        spanGaps: false,
        order: s.kind === 'line' ? 0 : 1,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: Boolean(data.unit), text: data.unit } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return figure;
}
