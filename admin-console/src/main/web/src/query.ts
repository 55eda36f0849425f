/** The query part of the hash route: #/nominations?scheme=… */
export function hashQuery(): URLSearchParams {
  const hash = location.hash;
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}

export function setHashQuery(params: Record<string, string>): void {
  const base = location.hash.split('?')[0];
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, '', `${base}${query ? '?' + query : ''}`);
}
