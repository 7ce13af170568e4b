import type { Theme } from '../render/theme';
import type { Settings } from '../state/settings';
import { loadFormulas } from '../state/surface';
import type { Store } from '../state/store';
import type { PlaygroundActions } from '../ui/actions';
import type { Companions } from '../ui/companions';
import type { Layout } from '../ui/layout';
import type { Widget } from '../ui/widget';

export interface CompanionHostOptions {
  readonly layout: Layout;
  readonly actions: PlaygroundActions;
  readonly store: Store<Settings>;
  readonly theme: () => Theme;
  /** The playground's widgets: the companions' join them, before the last `speakLast`. */
  readonly widgets: Widget[];
  readonly speakLast: number;
  notify(message: string): void;
  wake(): void;
  /** Called once they are in place. */
  ready(): void;
}

/** A playground's companions (`ui/companions`), as the root wires them: loaded once the first frame is out. */
export interface CompanionHost {
  /** The companions, once built. */
  readonly current: Companions | undefined;
  /** Loads and builds them, once. */
  load(): Promise<void>;
  destroy(): void;
}

/**
 * Loads the companions with a dynamic `import()`, so the first frame's JavaScript holds neither
 * lil-gui nor the charts' d3, and builds them into the layout.
 */
export function createCompanionHost(options: CompanionHostOptions): CompanionHost {
  let current: Companions | undefined;
  let loading: Promise<void> | undefined;
  let destroyed = false;
  const build = ({ Companions }: typeof import('../ui/companions')): void => {
    if (destroyed) return;
    const { layout, widgets } = options;
    current = new Companions(layout, options.actions, options.store, options.notify);
    current.setTheme(options.theme().name);
    widgets.splice(widgets.length - options.speakLast, 0, ...current.widgets);
    options.ready();
    options.wake();
  };
  return {
    get current() {
      return current;
    },
    load: () =>
      // The formula reader comes with them: the panel's formula editor reads as the learner types.
      (loading ??= Promise.all([import('../ui/companions'), loadFormulas()]).then(([module]) => build(module), (error: unknown) =>
        options.notify(`The settings and charts could not be loaded: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`),
      )),
    destroy() {
      destroyed = true;
      current?.destroy();
    },
  };
}
