import { get, post } from '../../api';
import type { Body, Offence, PushOffence } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { options } from '../../form';
import { table } from '../../govuk';
import { newestFirst } from '../../personview';
import { recordForm, refreshing, today, type PersonContext } from './section';

const CATEGORIES = ['BURGLARY_DWELLING_SERIES', 'BURGLARY_DWELLING', 'BURGLARY_OTHER_SERIES', 'BURGLARY_OTHER', 'HANDLING_STOLEN_GOODS',
  'THEFT_OF_MOTOR_VEHICLE', 'THEFT_FROM_MOTOR_VEHICLE', 'TWOC', 'SHOPLIFTING', 'THEFT_OTHER', 'CARD_CHEQUE_FRAUD_SERIES', 'ARSON',
  'CRIMINAL_DAMAGE', 'ROBBERY', 'SEXUAL_OFFENCE', 'ASSAULT', 'ASB_PUBLIC_ORDER', 'ASB_BEGGING', 'ASB_CRIMINAL_DAMAGE', 'ASB_DRUNK_DRUGS'];
const STATUSES = ['CONVICTED', 'ADMITTED', 'SUSPECTED'];
const VICTIMS = ['ELDERLY', 'HATE', 'DOMESTIC_VIOLENCE'];

/** A person's offences, newest first, and recording one (admin, co-ordinator). */
export async function offencesPart(ctx: PersonContext): Promise<HTMLElement> {
  const list = await refreshing(async () => {
    const offences = newestFirst(await get<Offence[]>(`${ctx.base}/offences`), (o) => o.offenceDate);
    return table(['Date', 'Category', 'Status', 'Victims', 'Source', 'Recorded'],
      offences.map((o) => [o.offenceDate, label(o.category), label(o.status), (o.victimTypes ?? []).map(label).join(', '),
        [o.sourceAgency, o.sourceId].filter(Boolean).join(' '), formatDate(o.recordedAt)]),
      offences.length ? `Offences, newest first (${offences.length})` : 'No offences recorded', { 'data-testid': 'offences' });
  });
  const form = recordForm(ctx, 'offence.record', list, {
    id: 'record-offence',
    title: 'Record an offence',
    recorded: 'Offence recorded',
    submitLabel: 'Record offence',
    fields: [
      { name: 'sourceId', label: 'Crime reference', required: true, hint: 'The reference in your agency’s system, such as CR-2026-004211; the same reference again updates it' },
      { name: 'category', label: 'Category', type: 'select', required: true, options: options(CATEGORIES, label) },
      { name: 'status', label: 'Status', type: 'select', required: true, options: options(STATUSES, label) },
      { name: 'offenceDate', label: 'Offence date', type: 'date', required: true, value: today() },
      { name: 'victimTypes', label: 'Victims', type: 'checkboxes', options: options(VICTIMS, label) },
    ],
    save: async (v) => {
      const body: Body<PushOffence> = v;
      await post(`${ctx.base}/offences`, body);
    },
  });
  return h('div', {}, list.element, form);
}
