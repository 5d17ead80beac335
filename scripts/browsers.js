// Where the browsers are on this machine, and how Chromium must start here (root, closed
// network). Shared by the test runner's config and the bench, so both start it alike.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p));

/** The system Chromium (CHROME_PATH first), or undefined. */
export const systemChromium = () =>
  first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable');

/** The system Firefox (FIREFOX_PATH first), or undefined. */
export const systemFirefox = () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** Flags Chromium needs as root with no internet: no sandbox, no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
