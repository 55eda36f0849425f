// The browser the end-to-end scenarios drive: the headless Chromium that ships inside the npm package
// @sparticuz/chromium (a dev dependency, so `npm ci` in the build installs it; no system Chromium needed),
// started with the shared libraries it links against (NSS, NSPR, expat) from the same package, so it runs on a
// machine that has none of them. CHROMIUM=/path/to/chromium drives another Chromium instead.
import chromiumPackage from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Unpacks the package's bundled libraries once (a brotli-compressed tar) and answers their folder. */
function bundledLibraries() {
  let packageRoot = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  while (!existsSync(join(packageRoot, 'bin', 'al2023.tar.br')) && dirname(packageRoot) !== packageRoot) {
    packageRoot = dirname(packageRoot);
  }
  const target = join(tmpdir(), 'ppo-chromium-libraries');
  if (!existsSync(join(target, 'lib', 'libnss3.so'))) {
    mkdirSync(target, { recursive: true });
    const archive = brotliDecompressSync(readFileSync(join(packageRoot, 'bin', 'al2023.tar.br')));
    execFileSync('tar', ['-x', '-C', target], { input: archive });
  }
  return join(target, 'lib');
}

/** Launches headless Chromium; answers the playwright Browser and a line saying which one it is. */
export async function launchBrowser() {
  if (process.env.CHROMIUM) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, headless: true, args: ARGS });
    return { browser, description: `${process.env.CHROMIUM} ${browser.version()}` };
  }
  const executablePath = await chromiumPackage.executablePath();
  const libraries = bundledLibraries();
  const env = { ...process.env, LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS, env });
  return { browser, description: `@sparticuz/chromium ${browser.version()} (${executablePath})` };
}
