import { formatNumber, getOptimizer, type SimulateInput } from '../core';
import { raceColors, spreadColors } from './palette';
import type { Settings } from './settings';
import { simulationInput } from './simulation';

/** One hiker to simulate and draw. */
export interface HikerSpec {
  readonly label: string;
  /** The few words that name it beside its hiker on the valley, with several hikers: its rate in a fan, its optimizer in a race. */
  readonly tag: string;
  /** CSS colour of its jacket, trail and loss curve; undefined for the lone hiker (the theme's accent). */
  readonly color?: string;
  readonly input: SimulateInput;
}

/** The hikers of these settings, and which one the readouts follow. */
export interface Hikers {
  readonly specs: readonly HikerSpec[];
  readonly primary: number;
}

/** A fan's rates: the hand-picked ones, or `fanCount` rates log-spaced around `lr`, `fanSpread` apart end to end. */
export function fanRates(settings: Settings): number[] {
  if (settings.fanRates) return [...settings.fanRates].sort((a, b) => a - b);
  const n = settings.fanCount;
  return Array.from({ length: n }, (_, i) => Number((settings.lr * settings.fanSpread ** (i / (n - 1) - 0.5)).toPrecision(3)));
}

const rateLabel = (lr: number): string => `η = ${formatNumber(lr, 3)}`;

export function hikersFor(settings: Settings): Hikers {
  const base = simulationInput(settings);
  if (settings.mode === 'fan') {
    const rates = fanRates(settings);
    const colors = spreadColors(rates.length);
    const nearest = rates.reduce((best, r, i) => (Math.abs(Math.log(r / settings.lr)) < Math.abs(Math.log((rates[best] as number) / settings.lr)) ? i : best), 0);
    return { specs: rates.map((lr, i) => ({ label: rateLabel(lr), tag: `η ${formatNumber(lr, 3)}`, color: colors[i], input: { ...base, lr } })), primary: nearest };
  }
  if (settings.mode === 'race') {
    const colors = raceColors(settings.racers.map((r) => r.optimizer));
    return {
      specs: settings.racers.map((r, i) => ({
        label: `${getOptimizer(r.optimizer).label} · ${rateLabel(r.lr)}`,
        tag: getOptimizer(r.optimizer).label,
        color: colors[i],
        input: { ...base, optimizer: r.optimizer, lr: r.lr },
      })),
      primary: 0,
    };
  }
  return { specs: [{ label: `${getOptimizer(settings.optimizer).label} · ${rateLabel(settings.lr)}`, tag: '', input: base }], primary: 0 };
}
