import type { ExportFormat } from '../state/exportFormats';
import { exportFormat } from '../state/exportFormats';
import type { Settings } from '../state/settings';
import { fanRates } from '../state/hikers';

/** A piece of a file name: lower case, letters, digits, dots and dashes only. */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The download's name, after the scene: `lr-playground-parabola-lr0.9.gif`; the optimizer when it
 * is not plain SGD (`lr-playground-rosenbrock-adam-lr0.05.png`), a fan's rates
 * (`lr-playground-parabola-fan-lr0.02-2.1.csv`), a race's optimizers.
 */
export function exportFileName(settings: Settings, format: ExportFormat): string {
  const parts = ['lr-playground', settings.surface];
  if (settings.mode === 'fan') {
    const rates = fanRates(settings);
    parts.push(settings.optimizer === 'sgd' ? '' : settings.optimizer, `fan-lr${rates[0]}-${rates[rates.length - 1]}`);
  } else if (settings.mode === 'race') {
    parts.push('race', ...settings.racers.map((r) => r.optimizer));
  } else {
    parts.push(settings.optimizer === 'sgd' ? '' : settings.optimizer, `lr${settings.lr}`);
  }
  return `${parts.map(slug).filter(Boolean).join('-')}.${exportFormat(format).extension}`;
}
