import type { Problem } from './api/types';
import { Child, h } from './dom';
import { ErrorItem, errorMessage, errorSummary, initComponents, notificationBanner } from './govuk';
import { ApiError, placeViolations } from './problem';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'textarea' | 'select' | 'checkboxes' | 'custom';
  /** For 'custom': the element (a grid of inputs, say) and how to read its value. */
  element?: HTMLElement;
  read?: () => unknown;
  options?: Option[];
  required?: boolean;
  value?: string | string[];
  hint?: string;
  /** A select may depend on another field's value (reason codes by strand). */
  optionsFor?: (values: Record<string, unknown>) => Option[];
  step?: string;
}

export type Values = Record<string, unknown>;

let formCounter = 0;

/** A field's label, hint, error message and control, in the GOV.UK form-group pattern. */
interface Row {
  group: HTMLElement;
  /** What the field's value is read from and marked invalid on. */
  controls: HTMLElement[];
  /** What the error summary links to and aria-describedby hangs on. */
  described: HTMLElement;
  error: ReturnType<typeof errorMessage>;
  hintId?: string;
}

function fieldRow(f: FieldSpec, id: string): Row {
  const hintId = f.hint ? `${id}-hint` : undefined;
  const hint = f.hint ? h('div.govuk-hint', { id: hintId }, f.hint) : null;
  const error = errorMessage(`${id}-error`, f.name);
  const group = (...children: Child[]) => h('div.govuk-form-group', { 'data-field': f.name }, children);
  const legend = (text: string) => h('legend.govuk-fieldset__legend.govuk-fieldset__legend--s', {}, text);
  const describedBy = hintId ?? null;
  if (f.type === 'checkboxes') {
    const chosen = new Set(Array.isArray(f.value) ? f.value : []);
    const boxes = (f.options ?? []).map((o) => h('input.govuk-checkboxes__input', { type: 'checkbox', name: f.name, value: o.value, id: `${id}-${o.value}`, checked: chosen.has(o.value) }));
    const fieldset = h('fieldset.govuk-fieldset', { id, 'aria-describedby': describedBy },
      legend(f.label), hint, error.element,
      h('div.govuk-checkboxes.govuk-checkboxes--small', { 'data-module': 'govuk-checkboxes' },
        boxes.map((box, i) => h('div.govuk-checkboxes__item', {}, box,
          h('label.govuk-label.govuk-checkboxes__label', { for: box.id }, f.options![i].label)))));
    return { group: group(fieldset), controls: boxes, described: fieldset, error, hintId };
  }
  if (f.type === 'custom') {
    const focusable = f.element!.querySelector<HTMLElement>('input, select, textarea') ?? f.element!;
    const fieldset = h('fieldset.govuk-fieldset', { id, 'aria-describedby': describedBy }, legend(f.label), hint, error.element, f.element!);
    return { group: group(fieldset), controls: [focusable], described: fieldset, error, hintId };
  }
  let control: HTMLElement;
  if (f.type === 'select') {
    control = h('select.govuk-select', { id, name: f.name, 'aria-describedby': describedBy },
      h('option', { value: '' }, f.required ? 'Choose…' : '(none)'),
      (f.options ?? []).map((o) => h('option', { value: o.value, selected: o.value === f.value }, o.label)));
  } else if (f.type === 'textarea') {
    control = h('textarea.govuk-textarea', { id, name: f.name, rows: 3, 'aria-describedby': describedBy }, typeof f.value === 'string' ? f.value : '');
  } else {
    const width = f.type === 'number' ? '.govuk-input--width-5' : f.type === 'date' ? '.govuk-input--width-10' : f.type === 'datetime-local' ? '.govuk-input--width-20' : '';
    control = h(`input.govuk-input${width}` as 'input', { id, name: f.name, type: f.type ?? 'text', step: f.step, value: typeof f.value === 'string' ? f.value : undefined, 'aria-describedby': describedBy });
  }
  return { group: group(h('label.govuk-label', { for: id }, f.label), hint, error.element, control), controls: [control], described: control, error, hintId };
}

/**
 * A form whose save goes to the API, in the GOV.UK error pattern. The API decides: its problem's
 * violations appear in an error summary at the top of the form, each linking to its field, and
 * under the field they name (its group marked, aria-invalid, aria-describedby); messages no field
 * claims appear in the summary only. Values are kept on a failed save; the form is cleared only
 * when the save succeeds and the caller asks for it.
 */
export function apiForm(opts: {
  title: string;
  fields: FieldSpec[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<string | void>;
  resetOnSuccess?: boolean;
  id?: string;
  headingLevel?: 2 | 3;
}): HTMLFormElement {
  const formId = opts.id ?? `form${++formCounter}`;
  const summary = h('div', {});
  const status = h('div', { 'data-testid': 'form-status' });
  const rows = new Map(opts.fields.map((f) => [f.name, fieldRow(f, `${formId}-${f.name}`)]));
  const controls = (name: string) => rows.get(name)!.controls;

  // Disabled while its request runs. Not data-prevent-double-click: that swallows a click within a second of the
  // last, so a quick resubmission after correcting a field would silently do nothing.
  const submit = h('button.govuk-button', { type: 'submit', 'data-module': 'govuk-button' }, opts.submitLabel);
  const form = h('form.app-form', { id: formId, novalidate: true, 'aria-labelledby': `${formId}-title` },
    h(opts.headingLevel === 3 ? 'h3.govuk-heading-s' : 'h2.govuk-heading-m', { id: `${formId}-title` }, opts.title),
    summary, [...rows.values()].map((r) => r.group), submit, status);

  const values = (): Values => {
    const out: Values = {};
    for (const f of opts.fields) {
      const els = controls(f.name);
      if (f.type === 'custom') {
        out[f.name] = f.read!();
      } else if (f.type === 'checkboxes') {
        out[f.name] = (els as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.value);
      } else {
        const v = (els[0] as HTMLInputElement).value.trim();
        out[f.name] = v === '' ? undefined : v;
      }
    }
    return out;
  };

  // Dependent options (e.g. reason codes for a strand)
  const refreshDependent = () => {
    for (const f of opts.fields) {
      if (!f.optionsFor) continue;
      const select = controls(f.name)[0] as HTMLSelectElement;
      const current = select.value;
      select.replaceChildren(h('option', { value: '' }, f.required ? 'Choose…' : '(none)'),
        ...f.optionsFor(values()).map((o) => h('option', { value: o.value, selected: o.value === current }, o.label)));
    }
  };
  form.addEventListener('change', refreshDependent);
  refreshDependent();

  const title = () => document.title.replace(/^Error: /, '');
  const clearErrors = () => {
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    form.querySelectorAll('[class*="--error"]').forEach((el) => el.classList.remove(...[...el.classList].filter((c) => c.endsWith('--error'))));
    summary.replaceChildren();
    status.replaceChildren();
    for (const row of rows.values()) {
      row.error.clear();
      if (row.hintId) row.described.setAttribute('aria-describedby', row.hintId);
      else row.described.removeAttribute('aria-describedby');
    }
    document.title = title();
  };

  const showErrors = (problem: Problem) => {
    const { byField, general, parts } = placeViolations(problem, opts.fields.map((f) => f.name));
    const items: ErrorItem[] = general.length
      ? [{ text: `${problem.title && problem.status ? `${problem.title}: ` : ''}${general.join('; ')}` }] : [];
    for (const [name, list] of byField) {
      const row = rows.get(name)!;
      const spec = opts.fields.find((f) => f.name === name)!;
      row.error.show(list.join('; '));
      row.group.classList.add('govuk-form-group--error');
      row.described.setAttribute('aria-describedby', [row.hintId, row.error.element.id].filter(Boolean).join(' '));
      // In a grid, the inputs the API named (name="ROBBERY.multiplier"); else the field's control.
      const named = spec.type === 'custom'
        ? (parts.get(name) ?? []).map((p) => spec.element!.querySelector<HTMLElement>(`[name="${CSS.escape(p)}"]`)).filter((e): e is HTMLElement => e !== null)
        : [];
      const invalid = named.length ? named : row.controls;
      for (const c of invalid) {
        c.setAttribute('aria-invalid', 'true');
        const kind = [...c.classList].find((k) => /^govuk-(input|select|textarea)$/.test(k));
        if (kind) c.classList.add(`${kind}--error`);
      }
      if (!invalid[0].id) invalid[0].id = `${row.error.element.id}-target`;
      items.push({ text: list.join('; '), target: invalid[0].id });
    }
    summary.replaceChildren(errorSummary(items));
    document.title = `Error: ${title()}`;
    // govuk-frontend moves focus to the summary; its links focus their fields.
    initComponents(summary);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const message = await opts.onSubmit(values());
      if (form.isConnected) status.replaceChildren(notificationBanner('success', message ?? 'Saved'));
      if (opts.resetOnSuccess) form.reset();
    } catch (e) {
      showErrors(e instanceof ApiError ? e.problem : { status: 0, title: String(e) });
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

export function options(codes: string[], name: (code: string) => string): Option[] {
  return codes.map((c) => ({ value: c, label: name(c) }));
}
