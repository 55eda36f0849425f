import Keycloak from 'keycloak-js';

/** Where Keycloak is: served by the gateway at /admin/config.json, never built into the pages. */
interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

let keycloak: Keycloak;

/** Logs the user in (authorization code + PKCE S256) or returns at once when already logged in. */
export async function signIn(): Promise<void> {
  const response = await fetch('/admin/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load /admin/config.json (HTTP ${response.status})`);
  const config = (await response.json()) as ConsoleConfig;
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query', // keeps the hash free for the pages' own routes
    checkLoginIframe: false,
    enableLogging: false,
  });
}

/** A fresh access token; when the session is over (refresh refused), back to the login page. */
export async function accessToken(): Promise<string> {
  try {
    await keycloak.updateToken(30);
  } catch {
    await loginAgain();
  }
  return keycloak.token as string;
}

export async function loginAgain(): Promise<never> {
  await keycloak.login({ redirectUri: location.href });
  return new Promise<never>(() => { /* the browser is leaving */ });
}

export function logout(): void {
  void keycloak.logout({ redirectUri: `${location.origin}/admin/` });
}

export function userName(): string {
  const parsed = keycloak.tokenParsed as Record<string, unknown> | undefined;
  return String(parsed?.preferred_username ?? parsed?.sub ?? '');
}

export function roles(): string[] {
  return keycloak.tokenParsed?.realm_access?.roles ?? [];
}
