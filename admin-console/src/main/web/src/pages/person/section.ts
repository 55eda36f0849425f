import type { Child } from '../../dom';
import { h } from '../../dom';
import { details, warningText } from '../../govuk';
import { problemMessage } from '../../problem';

/** What every part of a person's page is given: the person's id, the caller's roles, and today. */
export interface PersonContext {
  personId: string;
  roles: string[];
  base: string;
}

/**
 * One part of a person's page under its own heading, loaded on its own: while it loads it says so, a
 * refusal or failure (403, 404, 503) is said in that part alone and the rest of the page stands, and
 * its forms redraw only that part once they have saved.
 */
export function section(id: string, title: string, load: (redraw: () => Promise<void>) => Promise<Child>): HTMLElement {
  const body = h('div', {}, h('p.govuk-body', { role: 'status' }, `Loading ${title.toLowerCase()}…`));
  const redraw = async () => {
    try {
      body.replaceChildren(h('div', {}, await load(redraw)));
    } catch (e) {
      body.replaceChildren(warningText(`${title} could not be loaded: ${problemMessage(e)}`));
    }
  };
  void redraw();
  return h('section.app-person-section', { 'data-testid': id, 'aria-labelledby': `${id}-heading` },
    h('h2.govuk-heading-m', { id: `${id}-heading` }, title), body);
}

/** A form of a part, folded under its title until opened (by click or Enter). */
export function formFold(title: string, form: HTMLFormElement | null): HTMLElement | null {
  return form ? details(title, form) : null;
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A list that redraws itself from the API after a form beside it saves, leaving the form (and its success banner) in place. */
export async function refreshing(render: () => Promise<Child>): Promise<{ element: HTMLElement; refresh: () => Promise<void> }> {
  const element = h('div', {});
  const refresh = async () => {
    element.replaceChildren(h('div', {}, await render()));
  };
  await refresh();
  return { element, refresh };
}
