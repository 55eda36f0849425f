import { get, post } from '../../api';
import type { Body, Offence, PushOffence } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { apiForm, options } from '../../form';
import { table } from '../../govuk';
import { can } from '../../roles';
import { formFold, refreshing, today, type PersonContext } from './section';

const CATEGORIES = ['BURGLARY_DWELLING_SERIES', 'BURGLARY_DWELLING', 'BURGLARY_OTHER_SERIES', 'BURGLARY_OTHER', 'HANDLING_STOLEN_GOODS',
  'THEFT_OF_MOTOR_VEHICLE', 'THEFT_FROM_MOTOR_VEHICLE', 'TWOC', 'SHOPLIFTING', 'THEFT_OTHER', 'CARD_CHEQUE_FRAUD_SERIES', 'ARSON',
  'CRIMINAL_DAMAGE', 'ROBBERY', 'SEXUAL_OFFENCE', 'ASSAULT', 'ASB_PUBLIC_ORDER', 'ASB_BEGGING', 'ASB_CRIMINAL_DAMAGE', 'ASB_DRUNK_DRUGS'];
const STATUSES = ['CONVICTED', 'ADMITTED', 'SUSPECTED'];
const VICTIMS = ['ELDERLY', 'HATE', 'DOMESTIC_VIOLENCE'];

/** A person's offences, newest first, and recording one (admin, co-ordinator). */
export async function offencesPart(ctx: PersonContext): Promise<HTMLElement> {
  const list = await refreshing(async () => {
    const offences = (await get<Offence[]>(`${ctx.base}/offences`))
      .sort((a, b) => (b.offenceDate ?? '').localeCompare(a.offenceDate ?? ''));
    return table(['Date', 'Category', 'Status', 'Victims', 'Source', 'Recorded'],
      offences.map((o) => [o.offenceDate, label(o.category), label(o.status), (o.victimTypes ?? []).map(label).join(', '),
        [o.sourceAgency, o.sourceId].filter(Boolean).join(' '), formatDate(o.recordedAt)]),
      offences.length ? `Offences, newest first (${offences.length})` : 'No offences recorded', { 'data-testid': 'offences' });
  });
  const form = can(ctx.roles, 'offence.record') ? apiForm({
    id: 'record-offence',
    title: 'Record an offence',
    submitLabel: 'Record offence',
    headingLevel: 3,
    resetOnSuccess: true,
    fields: [
      { name: 'sourceId', label: 'Crime reference', required: true, hint: 'The reference in your agency’s system, such as CR-2026-004211; the same reference again updates it' },
      { name: 'category', label: 'Category', type: 'select', required: true, options: options(CATEGORIES, label) },
      { name: 'status', label: 'Status', type: 'select', required: true, options: options(STATUSES, label) },
      { name: 'offenceDate', label: 'Offence date', type: 'date', required: true, value: today() },
      { name: 'victimTypes', label: 'Victims', type: 'checkboxes', options: options(VICTIMS, label) },
    ],
    onSubmit: async (v) => {
      const body: Body<PushOffence> = v;
      await post(`${ctx.base}/offences`, body);
      await list.refresh();
      return 'Offence recorded';
    },
  }) : null;
  return h('div', {}, list.element, formFold('Record an offence', form));
}
