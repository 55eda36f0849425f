import { get, post } from '../../api';
import type { Body, NeedsAssessment, RecordNeedsAssessment } from '../../api/types';
import { h, label } from '../../dom';
import { options } from '../../form';
import { table } from '../../govuk';
import { needsOverTime } from '../../personview';
import { recordForm, refreshing, today, type PersonContext } from './section';

export const NEED_AREAS = ['ACCOMMODATION', 'EMPLOYMENT', 'EDUCATION_TRAINING', 'DRUGS', 'ALCOHOL', 'RELATIONSHIPS', 'ATTITUDES', 'FINANCE'];
const LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'];
const STATUSES = ['SETTLED', 'UNSETTLED', 'NO_FIXED_ABODE', 'EMPLOYED', 'UNEMPLOYED'];

/** A person's needs over time (area by day assessed, with each area's trend) and recording an assessment. */
export async function needsPart(ctx: PersonContext): Promise<HTMLElement> {
  const list = await refreshing(async () => {
    const grid = needsOverTime(await get<NeedsAssessment[]>(`${ctx.base}/needs`), NEED_AREAS);
    return table(['Area', ...grid.days, 'Trend'], grid.rows.map((r) => [label(r.area), ...r.cells, r.trend]),
      grid.rows.length ? 'Needs by area and day assessed, oldest first' : 'No needs assessed', { 'data-testid': 'needs-over-time' });
  });
  const yesNo = [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];
  const form = recordForm(ctx, 'needs.record', list, {
    id: 'record-needs',
    title: 'Record a needs assessment',
    recorded: 'Needs assessment recorded',
    submitLabel: 'Record assessment',
    fields: [
      { name: 'area', label: 'Area', type: 'select', required: true, options: options(NEED_AREAS, label) },
      { name: 'level', label: 'Level', type: 'select', required: true, options: options(LEVELS, label) },
      { name: 'status', label: 'Status (accommodation or employment)', type: 'select', options: options(STATUSES, label) },
      { name: 'onRelease', label: 'Accommodation on release from custody', type: 'select', options: yesNo },
      { name: 'classAUse', label: 'Uses Class A drugs (drugs)', type: 'select', options: yesNo },
      { name: 'dipClient', label: 'Drug Intervention Programme client (drugs)', type: 'select', options: yesNo },
      { name: 'assessedOn', label: 'Assessed on', type: 'date', required: true, value: today() },
      { name: 'note', label: 'Note', type: 'textarea' },
    ],
    save: async (v) => {
      const flag = (x: unknown) => (x === undefined ? undefined : x === 'true');
      const body: Body<RecordNeedsAssessment> = { ...v, onRelease: flag(v.onRelease), classAUse: flag(v.classAUse), dipClient: flag(v.dipClient) };
      await post(`${ctx.base}/needs`, body);
    },
  });
  return h('div', {}, list.element, form);
}
