// The pretest step: makes sure a Chromium exists for the browser tests, installing one if it can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist. Fix or unset it.`);
  process.exit(1);
}

let found = findChromium();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  try {
    if (isRoot && hasApt) {
      console.log('No Chromium found: installing Debian\'s chromium with apt-get.');
      run('apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core');
    } else {
      console.log('No Chromium found: trying `npx playwright install chromium`.');
      run('npx playwright install chromium');
    }
  } catch {
    // Reported below with what to run.
  }
  found = findChromium();
}

if (!found) {
  console.error(
    [
      'The browser tests need Chromium, and none could be installed here. Run one of:',
      '  sudo apt-get install -y chromium          (Debian or Ubuntu)',
      '  npx playwright install chromium           (any machine that can download it)',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
