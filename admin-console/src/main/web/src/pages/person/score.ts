import { get } from '../../api';
import type { LatestScore, ScoreHistoryEntry } from '../../api/types';
import { formatDate, h, label } from '../../dom';
import { num, summaryList, table, tag } from '../../govuk';
import { explainedLines, scoreChanges } from '../../personview';
import { ApiError } from '../../problem';
import type { PersonContext } from './section';

/** The person's latest matrix score with the lines that make it up and what was left out, and every score before it. */
export async function scorePart(ctx: PersonContext): Promise<HTMLElement> {
  const base = `/api/v1/scoring/people/${encodeURIComponent(ctx.personId)}/scores`;
  const [latest, history] = await Promise.all([
    get<LatestScore>(`${base}/latest`).catch((e) => {
      if (e instanceof ApiError && e.problem.status === 404) return null;
      throw e;
    }),
    get<ScoreHistoryEntry[]>(base),
  ]);
  if (!latest) return h('p.govuk-body', { 'data-testid': 'no-score' }, 'Not scored yet: a score run over their scheme scores them.');
  const lines = explainedLines(latest);
  return h('div', {},
    summaryList([
      ['Latest score', h('span', { 'data-testid': 'latest-score' }, String(latest.total ?? ''), latest.provisional ? [' ', tag('Provisional', 'yellow')] : null)],
      ['Scored', formatDate(latest.scoredAt)],
      ['Matrix version', String(latest.matrixVersion ?? '')],
    ]),
    table(['Rule', 'How it adds up', 'Points'], [...lines.map((l) => [l.rule, l.sum, num(l.subtotal)]), [h('strong', {}, 'Total'), '', num(h('strong', {}, String(latest.total ?? '')))]],
      'The latest score, line by line', { 'data-testid': 'score-lines' }),
    (latest.excluded ?? []).length ? table(['Offence', 'Status', 'Date', 'Why left out'],
      (latest.excluded ?? []).map((x) => [label(x.category), label(x.status), x.offenceDate, label(x.reason)]), 'Offences the score left out') : null,
    table(['Scored', 'As of', 'Total', 'Change', 'What changed', 'Matrix version', 'Provisional'],
      scoreChanges(history).map((s) => [formatDate(s.scoredAt), s.asOf, num(s.total ?? ''), s.change, s.reason ?? '', String(s.matrixVersion ?? ''),
        s.provisional ? `Yes${s.provisionalReasons ? ': ' + label(s.provisionalReasons) : ''}` : 'No']),
      'Score history, newest first', { 'data-testid': 'score-history' }));
}
