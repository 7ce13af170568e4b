import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import { inRange } from '../../core';
import { withSafeRate } from '../../state/safeRate';
import type { Field } from '../../state/schema';
import type { Settings } from '../../state/settings';
import type { Store } from '../../state/store';
import { fieldText, parseValue } from '../../state/url';

/** What lil-gui edits: a mirror of the settings, by controller key. */
export type Model = Record<string, number | string | boolean>;

/**
 * Binds settings fields to lil-gui controllers. The store is the source of truth and the model
 * its mirror: a controller writes through the store; `refresh` redraws every controller from it
 * when the settings change elsewhere (the URL, the keyboard, a drag on the valley).
 */
export class Controls {
  readonly model: Model = {};
  private readonly refreshers: (() => void)[] = [];

  constructor(
    readonly store: Store<Settings>,
    /** Reports a typed value that was refused, or a rate made safe. */
    private readonly notify: (message: string) => void,
  ) {}

  /** Redraws every controller's value from the store. */
  refresh(): void {
    for (const refresh of this.refreshers) refresh();
  }

  /**
   * Writes `value` to `field` through the store. A new valley on which the rate diverges at once
   * gets a safe rate, and a notice says so ({@link withSafeRate}).
   */
  write(field: Field, value: unknown): void {
    let notice: string | undefined;
    this.store.update((s) => {
      const safe = withSafeRate(s, field.write(s, value as never));
      notice = safe.notice;
      return safe.settings;
    });
    if (notice) this.notify(notice);
  }

  /** Runs `refresh` whenever the controllers are refreshed. */
  onRefresh(refresh: () => void): void {
    this.refreshers.push(refresh);
  }

  /** Binds `controller` to `field`: `toModel` reads the settings into the model, `fromModel` the model back (undefined: refuse). */
  private bind(controller: Controller, field: Field, toModel: (s: Settings) => number | string | boolean, fromModel: (v: never) => unknown): Controller {
    controller.name(field.label).onChange((value: never) => {
      const next = fromModel(value);
      if (next === undefined) return;
      this.write(field, next);
    });
    const redraw = (): void => {
      this.model[controller.property] = toModel(this.store.get());
      controller.updateDisplay();
    };
    this.refreshers.push(redraw);
    redraw();
    return controller;
  }

  choice(folder: GUI, field: Field, options: Readonly<Record<string, string>>): Controller {
    this.model[field.key] = String(field.read(this.store.get()));
    return this.bind(folder.add(this.model, field.key, options as Record<string, string>), field, (s) => String(field.read(s)), (v: string) => v);
  }

  checkbox(folder: GUI, field: Field): Controller {
    this.model[field.key] = Boolean(field.read(this.store.get()));
    return this.bind(folder.add(this.model, field.key), field, (s) => Boolean(field.read(s)), (v: boolean) => v);
  }

  slider(folder: GUI, field: Field): Controller {
    this.model[field.key] = Number(field.read(this.store.get()));
    const step = field.integer ? 1 : (field.max! - field.min!) / 200;
    const controller = folder.add(this.model, field.key, field.min, field.maxExclusive ? field.max! - step : field.max, step);
    return this.bind(controller, field, (s) => Number(field.read(s)), (v: number) => v);
  }

  /** A typed number, checked against the field's range; an out-of-range value is put back. `unset` shows while the setting has no value. */
  number(folder: GUI, field: Field, unset?: (s: Settings) => number): Controller {
    const current = (s: Settings): number => {
      const value = Number(field.read(s));
      return Number.isNaN(value) && unset ? unset(s) : value;
    };
    const key = `${field.key}#exact`;
    this.model[key] = current(this.store.get());
    const controller = folder.add(this.model, key);
    return this.bind(controller, field, current, (v: number) => {
      if (inRange(field, v)) return v;
      queueMicrotask(() => {
        this.model[key] = current(this.store.get());
        controller.updateDisplay();
      });
      return undefined;
    });
  }

  /** A list typed as text (rates, racers), read as a URL value is; a bad one is refused with a notice. With `emptyClears`, an empty list unsets it. */
  list(folder: GUI, field: Field, label: string, emptyClears = false): Controller {
    const key = `${field.key}#text`;
    const text = (s: Settings): string => {
      const value = field.read(s) as readonly unknown[];
      return value.length ? fieldText(field, field.read(s)) : '';
    };
    this.model[key] = text(this.store.get());
    const controller = folder.add(this.model, key).name(label);
    const redraw = (): void => {
      this.model[key] = text(this.store.get());
      controller.updateDisplay();
    };
    controller.onFinishChange((value: string) => {
      const entry = value.replace(/\s+/g, '');
      if (entry === '' && emptyClears) {
        this.store.update((s) => field.write(s, []));
        return;
      }
      const parsed = parseValue(field, entry, this.store.get());
      if ('error' in parsed) {
        this.notify(`Kept the ${field.label}: ${JSON.stringify(entry)} ${parsed.error}.`);
        redraw();
      } else {
        this.store.update((s) => field.write(s, parsed.value));
      }
    });
    this.refreshers.push(redraw);
    return controller;
  }
}
