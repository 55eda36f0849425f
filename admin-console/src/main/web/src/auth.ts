import Keycloak from 'keycloak-js';

/** Where Keycloak is: served by the gateway at /admin/config.json, never built into the pages. */
interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** A force's map tiles (a URL template with {z}/{x}/{y}); absent: the map shows boundaries only. */
  mapTileUrl?: string | null;
  mapTileAttribution?: string | null;
}

let keycloak: Keycloak;
let config: ConsoleConfig;

const HOME = `${location.origin}/admin/`;
const RETURN_TO = 'ppo.admin-console.return-to';

/** Logs the user in (authorization code + PKCE S256) or returns at once when already logged in. */
export async function signIn(): Promise<void> {
  const response = await fetch('/admin/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load /admin/config.json (HTTP ${response.status})`);
  config = (await response.json()) as ConsoleConfig;
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  rememberPage();
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // The redirect URI is the console's root (no fragment, as OAuth requires); the page the user
    // was on (the hash route) is kept in sessionStorage and restored after the login.
    redirectUri: HOME,
    responseMode: 'query',
    checkLoginIframe: false,
    enableLogging: false,
  });
  const back = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  if (back && !location.hash) {
    history.replaceState(null, '', back);
  }
}

function rememberPage(): void {
  if (location.hash) sessionStorage.setItem(RETURN_TO, location.hash);
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
  rememberPage();
  await keycloak.login({ redirectUri: HOME });
  return new Promise<never>(() => { /* the browser is leaving */ });
}

export function logout(): void {
  sessionStorage.removeItem(RETURN_TO);
  void keycloak.logout({ redirectUri: HOME });
}

export function userName(): string {
  const parsed = keycloak.tokenParsed as Record<string, unknown> | undefined;
  return String(parsed?.preferred_username ?? parsed?.sub ?? '');
}

export function roles(): string[] {
  return keycloak.tokenParsed?.realm_access?.roles ?? [];
}

/** The map tiles the gateway is configured with, if any. */
export function mapTiles(): { url: string; attribution: string } | null {
  return config?.mapTileUrl ? { url: config.mapTileUrl, attribution: config.mapTileAttribution ?? '' } : null;
}
