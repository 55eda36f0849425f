import type { Child } from '../../dom';
import { h } from '../../dom';
import { apiForm, type FieldSpec, type Values } from '../../form';
import { details, warningText } from '../../govuk';
import { problemMessage } from '../../problem';
import { can, type Action } from '../../roles';

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

/**
 * The form that records one more item of a part, folded under its title, for the roles the action allows:
 * it saves, redraws the part's list, says what it recorded and clears itself for the next.
 */
export function recordForm(ctx: PersonContext, action: Action, list: { refresh: () => Promise<void> },
  opts: { id: string; title: string; submitLabel: string; recorded: string; fields: FieldSpec[]; save: (values: Values) => Promise<unknown> }): HTMLElement | null {
  if (!can(ctx.roles, action)) return null;
  return formFold(opts.title, apiForm({
    id: opts.id,
    title: opts.title,
    submitLabel: opts.submitLabel,
    headingLevel: 3,
    resetOnSuccess: true,
    fields: opts.fields,
    onSubmit: async (values) => {
      await opts.save(values);
      await list.refresh();
      return opts.recorded;
    },
  }));
}
