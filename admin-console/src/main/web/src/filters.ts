import { h } from './dom';
import { formGroup } from './govuk';
import { setHashQuery } from './query';

/** One filter: the hash-query key it sets, the control's id and label, and the control. */
export type Filter = [key: string, id: string, label: string, control: HTMLInputElement | HTMLSelectElement];

/**
 * The row of filters above a page and its Show button: showing puts the values in the hash query (so a
 * reload or a shared link shows the same) and draws the page again.
 */
export function filterForm(name: string, filters: Filter[], redraw: () => void): HTMLFormElement {
  return h('form.ppo-toolbar', {
    'aria-label': name,
    onsubmit: (event: Event) => {
      event.preventDefault();
      setHashQuery(Object.fromEntries(filters.map(([key, , , control]) => [key, control.value])));
      redraw();
    },
  }, filters.map(([, id, text, control]) => formGroup(id, text, control)), h('button.govuk-button', { type: 'submit' }, 'Show'));
}
