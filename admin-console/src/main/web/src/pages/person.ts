import { get } from '../api';
import type { CurrentNeeds, Nomination, Person } from '../api/types';
import { fullName, h, listedForName, replace, strandName } from '../dom';
import { breadcrumbs, pageHeading, summaryList } from '../govuk';
import { can, type Action } from '../roles';
import { statusTag } from './cohort';
import { IOM_COHORTS } from './person/codes';
import { assetPart } from './person/asset';
import { eventsPart } from './person/events';
import { needsPart } from './person/needs';
import { offencesPart } from './person/offences';
import { panelForms, panelHistory } from './person/panel';
import { planPart } from './person/plan';
import { scorePart } from './person/score';
import { section, type PersonContext } from './person/section';

/** "Name (contact)": an officer the service names without a contact is shown by name alone. */
function officer(o: Person['leadOfficer']): string {
  return o ? (o.contact ? `${o.name} (${o.contact})` : o.name) : '';
}

function identity(person: Person): Array<[string, string | HTMLElement]> {
  return [
    ['PNC ID', person.pncId ?? ''],
    ['Date of birth', person.dateOfBirth ?? ''],
    ['Scheme', person.scheme?.code ?? ''],
    ['Status', statusTag(person.status)],
    ['Strand', strandName(person.strand)],
    ['Listed for', person.strand ? listedForName(person.listedFor) : ''],
    ['Selected on', person.selectedOn ?? ''],
    ['Next review due', person.nextReviewDue ?? ''],
    ['IOM cohort', person.iom?.cohort ? `${IOM_COHORTS[person.iom.cohort] ?? person.iom.cohort} since ${person.iom.since ?? '?'}` : ''],
    ['MAPPA', person.iom?.mappaManaged ? `Managed since ${person.iom.mappaSince ?? '?'}` : ''],
    ['Lead officer', officer(person.leadOfficer)],
    ['Offender manager', officer(person.offenderManager)],
    ['Flags', person.flags?.join(', ') ?? ''],
  ];
}

/**
 * A person's page: who they are and their status, then each part of their record the role may read
 * (score, offences, events, needs over time, ASSET, the PPO plan, the panel's history), each loaded on
 * its own so one refused or failed part leaves the rest, with the forms the role may use beside them.
 */
export async function personPage(main: HTMLElement, [personId]: string[], roles: string[]): Promise<void> {
  const ctx: PersonContext = { personId, roles, base: `/api/v1/offenders/${encodeURIComponent(personId)}` };
  const [person, nominations, needs] = await Promise.all([
    get<Person>(ctx.base),
    get<Nomination[]>(`${ctx.base}/nominations`),
    get<CurrentNeeds>(`${ctx.base}/needs/current`).catch((): CurrentNeeds => ({})),
  ]);
  const name = fullName(person);
  document.title = `${name} · PPO admin console`;
  const reload = () => personPage(main, [personId], roles);
  const part = (action: Action, id: string, title: string, load: (redraw: () => Promise<void>) => Promise<HTMLElement>) =>
    (can(roles, action) ? section(id, title, load) : null);
  const forms = panelForms(person, nominations, needs.areas ?? [], ctx, reload);
  const history = section('panel-history', 'Panel and review history', () => panelHistory(ctx, nominations));

  replace(main,
    breadcrumbs([
      ['Schemes', '#/schemes'],
      person.scheme ? [person.scheme.code, `#/schemes/${person.scheme.id}`] : ['?'],
      [name],
    ]),
    pageHeading(name, person.pncId ? `PNC ID ${person.pncId}` : undefined),
    h('div.govuk-grid-row', {}, h('div.govuk-grid-column-two-thirds', {},
      summaryList(identity(person), { 'data-testid': 'person-facts' }))),
    part('score.read', 'person-score', 'Score', () => scorePart(ctx)),
    part('offences.read', 'person-offences', 'Offences', () => offencesPart(ctx)),
    part('events.read', 'person-events', 'Events', () => eventsPart(ctx)),
    part('needs.read', 'person-needs', 'Needs over time', () => needsPart(ctx)),
    part('asset.read', 'person-asset', 'ASSET assessments', () => assetPart(ctx)),
    part('ppoPlan.read', 'person-plan', 'PPO plan', (redraw) => planPart(ctx, person, redraw)),
    forms.length
      ? h('div.govuk-grid-row', {},
        h('div.govuk-grid-column-two-thirds', {}, history),
        h('div.govuk-grid-column-one-third', {}, forms))
      : history);
}
