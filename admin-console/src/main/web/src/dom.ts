import type { Person } from './api/types';

/** A tiny DOM builder: h('tag.class', {attrs}, ...children). No framework, no virtual DOM. */
export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(spec: K | `${K}.${string}`, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag as K);
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}

/** Readable labels for enum codes: CATCH_CONVICT -> Catch convict (pages override where the domain has a name). */
export function label(code: string | null | undefined): string {
  if (!code) return '';
  const lower = code.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export const STRANDS: Record<string, string> = {
  PREVENT_DETER: 'Prevent and Deter',
  CATCH_CONVICT: 'Catch and Convict',
  REHABILITATE_RESETTLE: 'Rehabilitate and Resettle',
};

/** Why a person is listed (Thurrock strategy 5.0): the volume of offending or its seriousness and harm. */
export const LISTING_BASES: Record<string, string> = {
  PROLIFIC: 'Prolific (volume of offending)',
  PRIORITY: 'Priority (seriousness and harm)',
};

/** The basis as shown; a member selected before it was recorded reads "Not recorded". */
export function listedForName(code: string | null | undefined, member = true): string {
  return code ? LISTING_BASES[code] ?? label(code) : member ? 'Not recorded' : '';
}

export function strandName(code: string | null | undefined): string {
  return code ? STRANDS[code] ?? label(code) : '';
}

/** "Jamie Smith", and "Smith, Jamie" for lists in name order (a part the service leaves out is left out). */
export const fullName = (p: Pick<Person, 'firstName' | 'lastName'>) => [p.firstName, p.lastName].filter(Boolean).join(' ');
export const sortName = (p: Pick<Person, 'firstName' | 'lastName'>) => [p.lastName, p.firstName].filter(Boolean).join(', ');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return iso.length > 10 ? new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC' }) + ' UTC' : iso;
}
