import { get, post } from '../../api';
import type { AssetAssessment, Body, RecordAssetAssessment } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { apiForm, options } from '../../form';
import { table } from '../../govuk';
import { numberOrNull } from '../../personview';
import { can } from '../../roles';
import { AGENCIES, agencyName } from './codes';
import { formFold, refreshing, today, type PersonContext } from './section';

/** A person's ASSET assessments (score, RoSH, band, Prevent and Deter eligibility), newest first, and recording one. */
export async function assetPart(ctx: PersonContext): Promise<HTMLElement> {
  const path = `/api/v1/scoring/people/${encodeURIComponent(ctx.personId)}/asset-assessments`;
  const list = await refreshing(async () => {
    const assessments = (await get<AssetAssessment[]>(path)).sort((a, b) => (b.assessedOn ?? '').localeCompare(a.assessedOn ?? ''));
    return table(['Assessed', 'Score', 'RoSH', 'Band', 'Prevent and Deter', 'Agency', 'Recorded by'],
      assessments.map((a) => [a.assessedOn, String(a.score ?? ''), a.rosh ? 'Yes' : 'No', label(a.band),
        a.preventAndDeterEligible ? 'Eligible' : 'Not eligible', a.assessorAgency ? agencyName(a.assessorAgency) : '', `${a.recordedBy ?? ''}, ${formatDate(a.recordedAt)}`]),
      assessments.length ? 'ASSET assessments, newest first' : 'No ASSET assessment recorded', { 'data-testid': 'asset-assessments' });
  });
  const form = can(ctx.roles, 'asset.record') ? apiForm({
    id: 'record-asset',
    title: 'Record an ASSET assessment',
    submitLabel: 'Record ASSET',
    headingLevel: 3,
    resetOnSuccess: true,
    fields: [
      { name: 'score', label: 'ASSET score', type: 'number', required: true, hint: '0 to 64' },
      { name: 'rosh', label: 'Risk of serious harm', type: 'select', required: true, options: [{ value: 'false', label: 'No' }, { value: 'true', label: 'Yes' }], value: 'false' },
      { name: 'assessedOn', label: 'Assessed on', type: 'date', required: true, value: today() },
      { name: 'assessorAgency', label: 'Assessing agency', type: 'select', required: true, options: options(AGENCIES, agencyName), value: 'YOS' },
    ],
    onSubmit: async (v) => {
      const body: Body<RecordAssetAssessment> = { ...v, score: numberOrNull(v.score), rosh: v.rosh === undefined ? null : v.rosh === 'true' };
      await post(path, body);
      await list.refresh();
      return 'ASSET assessment recorded';
    },
  }) : null;
  return h('div', {}, list.element, formFold('Record an ASSET assessment', form));
}
