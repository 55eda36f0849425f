import { accessToken, loginAgain } from './auth';
import type { Problem } from './api/types';
import { ApiError } from './problem';

/**
 * Same-origin calls to the gateway's /api/v1/** with the user's token. Every service applies its
 * own roles, scope and audit; a failure arrives as an ApiError carrying the problem details.
 */
export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  return (await request<T>(method, path, body, headers)).body;
}

/** The body and the response headers (an update needs the ETag it read). */
export async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ body: T; headers: Headers }> {
  const token = await accessToken();
  const init: RequestInit = {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  };
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError({ status: 0, title: 'The gateway could not be reached; nothing was saved' });
  }
  if (response.status === 401) {
    await loginAgain();
  }
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: response.statusText };
    if (type.includes('json') && text) {
      try {
        problem = { ...problem, ...(JSON.parse(text) as Problem) };
      } catch {
        /* keep the status line */
      }
    }
    throw new ApiError(problem);
  }
  return { body: (text && type.includes('json') ? JSON.parse(text) : (text as unknown)) as T, headers: response.headers };
}

export const get = <T>(path: string, headers?: Record<string, string>) => api<T>('GET', path, undefined, headers);
export const post = <T>(path: string, body: unknown, headers?: Record<string, string>) => api<T>('POST', path, body, headers);
export const put = <T>(path: string, body: unknown, headers?: Record<string, string>) => api<T>('PUT', path, body, headers);
