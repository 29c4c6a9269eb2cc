/**
 * The one place that decides which Chromium the tests and benchmarks launch.
 * Where Playwright's own browser is installed we use it; otherwise the system Chromium
 * (Debian's `/usr/bin/chromium`), or the one named by KHATT_CHROMIUM.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Flags for a closed network and a root sandbox: without the background-networking ones Chromium
// keeps trying to reach Google's hosts at every start.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.KHATT_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KHATT_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own browser.
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (!system)
    throw new Error(
      'No Chromium found. Install Debian\'s chromium (apt-get install chromium), run "npx playwright install chromium", or set KHATT_CHROMIUM.',
    );
  return system;
}

export function launchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: FLAGS };
}
