import { get, post } from '../../api';
import type { AssetAssessment, Body, RecordAssetAssessment } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { options } from '../../form';
import { table } from '../../govuk';
import { newestFirst, numberOrNull } from '../../personview';
import { AGENCIES, agencyName } from './codes';
import { recordForm, refreshing, today, type PersonContext } from './section';

/** A person's ASSET assessments (score, RoSH, band, Prevent and Deter eligibility), newest first, and recording one. */
export async function assetPart(ctx: PersonContext): Promise<HTMLElement> {
  const path = `/api/v1/scoring/people/${encodeURIComponent(ctx.personId)}/asset-assessments`;
  const list = await refreshing(async () => {
    const assessments = newestFirst(await get<AssetAssessment[]>(path), (a) => a.assessedOn);
    return table(['Assessed', 'Score', 'RoSH', 'Band', 'Prevent and Deter', 'Agency', 'Recorded by'],
      assessments.map((a) => [a.assessedOn, String(a.score ?? ''), a.rosh ? 'Yes' : 'No', label(a.band),
        a.preventAndDeterEligible ? 'Eligible' : 'Not eligible', a.assessorAgency ? agencyName(a.assessorAgency) : '', `${a.recordedBy ?? ''}, ${formatDate(a.recordedAt)}`]),
      assessments.length ? 'ASSET assessments, newest first' : 'No ASSET assessment recorded', { 'data-testid': 'asset-assessments' });
  });
  const form = recordForm(ctx, 'asset.record', list, {
    id: 'record-asset',
    title: 'Record an ASSET assessment',
    recorded: 'ASSET assessment recorded',
    submitLabel: 'Record ASSET',
    fields: [
      { name: 'score', label: 'ASSET score', type: 'number', required: true, hint: '0 to 64' },
      { name: 'rosh', label: 'Risk of serious harm', type: 'select', required: true, options: [{ value: 'false', label: 'No' }, { value: 'true', label: 'Yes' }], value: 'false' },
      { name: 'assessedOn', label: 'Assessed on', type: 'date', required: true, value: today() },
      { name: 'assessorAgency', label: 'Assessing agency', type: 'select', required: true, options: options(AGENCIES, agencyName), value: 'YOS' },
    ],
    save: async (v) => {
      const body: Body<RecordAssetAssessment> = { ...v, score: numberOrNull(v.score), rosh: v.rosh === undefined ? null : v.rosh === 'true' };
      await post(path, body);
    },
  });
  return h('div', {}, list.element, form);
}
