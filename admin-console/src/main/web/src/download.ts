import { accessToken } from './auth';
import { ApiError } from './problem';

/**
 * Saves what an API call returns (a CSV, a PDF) as a file: the call carries the user's token, so a
 * plain link cannot; the body becomes a blob the browser saves under the given name.
 */
export async function download(path: string, accept: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: { Accept: accept, Authorization: `Bearer ${await accessToken()}` } });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') ?? '';
    const problem = type.includes('json') ? await response.json() : {};
    throw new ApiError({ status: response.status, title: response.statusText, ...problem });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
