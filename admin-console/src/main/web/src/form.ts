import { h } from './dom';
import { ApiError, placeViolations } from './problem';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'textarea' | 'select' | 'checkboxes' | 'custom';
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

/**
 * A form whose save goes to the API. The API decides: its problem's violations appear next to the
 * field they name (aria-invalid, aria-describedby), others at the top. Values are kept on a failed
 * save; the form is cleared only when the save succeeds and the caller asks for it.
 */
export function apiForm(opts: {
  title: string;
  fields: FieldSpec[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<string | void>;
  resetOnSuccess?: boolean;
  id?: string;
}): HTMLFormElement {
  const formId = opts.id ?? `form${++formCounter}`;
  const general = h('div.form-errors', { role: 'alert', 'aria-live': 'assertive' });
  const status = h('p.form-status', { role: 'status', 'aria-live': 'polite' });
  const errorSlots = new Map<string, HTMLElement>();
  const controls = new Map<string, HTMLElement[]>();

  const rows = opts.fields.map((f) => {
    const id = `${formId}-${f.name}`;
    const error = h('p.field-error', { id: `${id}-error`, 'data-error-for': f.name });
    errorSlots.set(f.name, error);
    let control: HTMLElement;
    if (f.type === 'select') {
      const select = h('select', { id, name: f.name, required: f.required, 'aria-describedby': `${id}-error` },
        h('option', { value: '' }, f.required ? 'Choose…' : '(none)'),
        (f.options ?? []).map((o) => h('option', { value: o.value, selected: o.value === f.value }, o.label)));
      controls.set(f.name, [select]);
      control = select;
    } else if (f.type === 'custom') {
      const focusable = f.element!.querySelector<HTMLElement>('input, select, textarea') ?? f.element!;
      controls.set(f.name, [focusable]);
      control = h('div.custom', { id, role: 'group', 'aria-labelledby': `${id}-label`, 'aria-describedby': `${id}-error` }, f.element!);
    } else if (f.type === 'checkboxes') {
      const chosen = new Set(Array.isArray(f.value) ? f.value : []);
      const boxes = (f.options ?? []).map((o) => h('input', { type: 'checkbox', name: f.name, value: o.value, id: `${id}-${o.value}`, checked: chosen.has(o.value) }));
      controls.set(f.name, boxes);
      control = h('fieldset.checks', { id, 'aria-describedby': `${id}-error` },
        h('legend', {}, f.label + (f.required ? ' *' : '')),
        boxes.map((box, i) => h('label.check', {}, box, ' ', f.options![i].label)));
    } else if (f.type === 'textarea') {
      const area = h('textarea', { id, name: f.name, required: f.required, rows: 3, 'aria-describedby': `${id}-error` }, typeof f.value === 'string' ? f.value : '');
      controls.set(f.name, [area]);
      control = area;
    } else {
      const input = h('input', { id, name: f.name, type: f.type ?? 'text', required: f.required, step: f.step, value: typeof f.value === 'string' ? f.value : undefined, 'aria-describedby': `${id}-error` });
      controls.set(f.name, [input]);
      control = input;
    }
    return h('div.field', { 'data-field': f.name },
      f.type === 'checkboxes' ? null
        : f.type === 'custom' ? h('span.label', { id: `${id}-label` }, f.label)
          : h('label', { for: id }, f.label + (f.required ? ' *' : '')),
      f.hint ? h('p.hint', {}, f.hint) : null,
      control,
      error);
  });

  const submit = h('button.primary', { type: 'submit' }, opts.submitLabel);
  const form = h('form.api-form', { id: formId, novalidate: true, 'aria-label': opts.title },
    h('h3', {}, opts.title), general, rows, h('div.actions', {}, submit), status);

  const values = (): Values => {
    const out: Values = {};
    for (const f of opts.fields) {
      const els = controls.get(f.name)!;
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
      const select = controls.get(f.name)![0] as HTMLSelectElement;
      const current = select.value;
      const opts2 = f.optionsFor(values());
      select.replaceChildren(h('option', { value: '' }, f.required ? 'Choose…' : '(none)'),
        ...opts2.map((o) => h('option', { value: o.value, selected: o.value === current }, o.label)));
    }
  };
  form.addEventListener('change', refreshDependent);
  refreshDependent();

  const clearErrors = () => {
    form.querySelectorAll('.custom [aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    general.replaceChildren();
    status.textContent = '';
    for (const [name, slot] of errorSlots) {
      slot.textContent = '';
      controls.get(name)!.forEach((c) => c.removeAttribute('aria-invalid'));
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const message = await opts.onSubmit(values());
      status.textContent = message ?? 'Saved';
      if (opts.resetOnSuccess) form.reset();
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : { status: 0, title: String(e) };
      const { byField, general: messages, parts } = placeViolations(problem, opts.fields.map((f) => f.name));
      let first: HTMLElement | undefined;
      for (const [name, list] of byField) {
        errorSlots.get(name)!.textContent = list.join('; ');
        const spec = opts.fields.find((f) => f.name === name)!;
        // In a grid, the inputs the API named (name="ROBBERY.multiplier"); else the field's control.
        const named = spec.type === 'custom'
          ? (parts.get(name) ?? []).map((p) => spec.element!.querySelector<HTMLElement>(`[name="${CSS.escape(p)}"]`)).filter((e): e is HTMLElement => e !== null)
          : [];
        const els = named.length ? named : controls.get(name)!;
        els.forEach((c) => c.setAttribute('aria-invalid', 'true'));
        first ??= els[0];
      }
      if (messages.length) {
        general.replaceChildren(h('p', {}, problem.title && problem.status ? `${problem.title}: ` : '', messages.join('; ')));
      }
      first?.focus();
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
