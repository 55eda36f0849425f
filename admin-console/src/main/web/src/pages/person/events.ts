import { get, post } from '../../api';
import type { Body, PartnerEvent, PushEvent } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { options } from '../../form';
import { table } from '../../govuk';
import { eventParticulars, newestFirst, utcInstant } from '../../personview';
import { agencyName } from './codes';
import { recordForm, refreshing, type PersonContext } from './section';

const TYPES = ['ARREST', 'CHARGE', 'COURT_RESULT', 'CAUTION', 'CUSTODY_SENTENCE', 'RELEASE', 'LICENCE_CONDITION', 'BREACH', 'RECALL',
  'INTELLIGENCE', 'TRANSFER', 'BAIL_DECISION', 'FTA_WARRANT', 'SENTENCE_PLAN'];

/** A person's events from the partners (arrests, custody, licence, intelligence), newest first, and recording one. */
export async function eventsPart(ctx: PersonContext): Promise<HTMLElement> {
  const list = await refreshing(async () => {
    const events = newestFirst(await get<PartnerEvent[]>(`${ctx.base}/events`), (e) => e.occurredAt);
    return table(['When', 'Event', 'Particulars', 'Agency', 'Proposed to the panel'],
      events.map((e) => [formatDate(e.occurredAt), label(e.type), eventParticulars(e), e.sourceAgency ? agencyName(e.sourceAgency) : '', label(e.proposal)]),
      events.length ? `Events, newest first (${events.length})` : 'No events recorded', { 'data-testid': 'events' });
  });
  const form = recordForm(ctx, 'event.record', list, {
    id: 'record-event',
    title: 'Record an event',
    recorded: 'Event recorded',
    submitLabel: 'Record event',
    fields: [
      { name: 'sourceId', label: 'Reference', required: true, hint: 'The reference in your agency’s system; the same reference again updates the event' },
      { name: 'type', label: 'Event', type: 'select', required: true, options: options(TYPES, label) },
      { name: 'occurredAt', label: 'When it happened (UTC)', type: 'datetime-local', required: true },
      { name: 'detail', label: 'Detail', type: 'textarea' },
      { name: 'custodyMonths', label: 'Months in custody (custody sentence)', type: 'number' },
      { name: 'expectedReleaseOn', label: 'Release expected on (custody sentence, recall, transfer)', type: 'date' },
      { name: 'prison', label: 'Prison (transfer; custody and recall optional)' },
      { name: 'grading', label: 'Grading (intelligence)', hint: 'Such as B2' },
    ],
    save: async (v) => {
      const body: Body<PushEvent> = { ...v, occurredAt: utcInstant(v.occurredAt) };
      await post(`${ctx.base}/events`, body);
    },
  });
  return h('div', {}, list.element, form);
}
