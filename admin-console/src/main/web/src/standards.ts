/** The service-standards report's default window: the twelve months up to and including this one, as YYYY-MM. */
export function lastTwelveMonths(today: Date): [string, string] {
  const month = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return [month(start), month(today)];
}
