import { applyTeachingScene, teachingScenes } from '../state/teachingScenes';
import { roundRate, type Settings } from '../state/settings';
import { barRate, withBarRate } from '../state/rateControl';
import type { Store } from '../state/store';
import type { Transport } from '../state/transport';
import type { ExportFormat } from '../state/exportFormats';
import { embedCode, type EmbedCode } from './embedCode';

/**
 * What the playground's controls do: buttons, keys, the timeline, the legend, the stage. Each
 * writes the settings through the store, or moves time through the transport; none draws.
 */
export interface PlaygroundActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One step forward (1) or back (−1). */
  step(delta: number): void;
  reset(): void;
  /** Moves the playhead to a step (and pauses). */
  scrub(step: number): void;
  /** Follows one hiker of several in the readouts and guides. */
  follow(hiker: number): void;
  /** Applies a teaching scene, by id or by its place in the list (0 for key 1). */
  scene(id: string): void;
  sceneAt(index: number): void;
  /** Multiplies the rate the rate bar controls by 10^decades. */
  nudgeRate(decades: number): void;
  /** Sets the learning rate (a landmark, a point of the sweep) and replays from the start. */
  useRate(lr: number): void;
  /** Sets the rate the rate bar controls: the lone hiker's, the followed racer's, or the followed hiker's in a fan, which moves the whole fan with it. */
  setRate(lr: number): void;
  /** Sets the playback speed, in steps per second. */
  setSpeed(stepsPerSecond: number): void;
  /** Moves the start (the stage clamps it to the valley's box). */
  setStart(point: readonly number[]): void;
  chooseTab(tab: Settings['tab']): void;
  togglePresenter(): void;
  toggleControls(): void;
  fullscreen(): void;
  toggleHelp(): void;
  /** Closes any open dialog; says whether one was open. */
  closeHelp(): boolean;
  /** Shows the embed code of the current settings. */
  showEmbed(): void;
  /** Says where the hiker is, to a screen reader. */
  describe(): void;
  /** Exports the scene as a file of `format` (a picture or data at once; an animation or a video after its options). */
  exportAs(format: ExportFormat): void;
}

/** The parts of the page the actions open and close. */
export interface ActionTargets {
  readonly help: { open: boolean };
  /** The embed dialog, made when first used. */
  readonly embed: { open: boolean; use(): { show(code: EmbedCode): void } };
  readonly notices: { show(messages: readonly string[]): void };
  readonly announcer: { describe(): void };
}

export interface ActionContext {
  readonly root: HTMLElement;
  readonly store: Store<Settings>;
  readonly transport: Transport;
  /** The dialogs and notices the actions open; asked for when needed, as they are built after the actions. */
  layout(): ActionTargets;
  reducedMotion(): boolean;
  /** Asks for a frame after any change. */
  wake(): void;
  /** Where the embed files are served, when the page offers embed code. */
  readonly embedBase?: string;
  /** Makes the exports, loaded on first use. */
  exportAs?(format: ExportFormat): void;
  /** False where the teaching scenes are not offered (a guided lesson): their keys do nothing. */
  readonly scenes?: boolean;
}

/** The actions of one playground. */
export function createActions(context: ActionContext): PlaygroundActions {
  const { root, store, transport } = context;
  /** Changes time, then asks for a frame. */
  const time = (change: () => void) => (): void => {
    change();
    context.wake();
  };
  const restart = (): void => transport.restart(context.reducedMotion());
  const actions: PlaygroundActions = {
    play: time(() => transport.play()),
    pause: time(() => transport.pause()),
    togglePlay: time(() => transport.toggle()),
    step: (delta) => time(() => transport.step(delta))(),
    reset: time(() => transport.reset()),
    scrub: (step) => time(() => transport.scrub(step))(),
    follow: (hiker) => time(() => transport.follow(hiker))(),
    scene: (id) => {
      store.update((s) => applyTeachingScene(s, id));
      if (store.get().autoplay) time(restart)();
    },
    sceneAt: (index) => {
      const scene = context.scenes === false ? undefined : teachingScenes[index];
      if (scene) actions.scene(scene.id);
    },
    nudgeRate: (decades) => store.update((s) => withBarRate(s, roundRate(barRate(s, transport.followed) * 10 ** decades), transport.followed)),
    useRate: (lr) => {
      actions.setRate(lr);
      time(restart)();
    },
    setRate: (lr) => store.update((s) => withBarRate(s, lr, transport.followed)),
    setSpeed: (stepsPerSecond) => store.update((s) => ({ ...s, stepsPerSecond })),
    setStart: (point) => {
      transport.startMoved();
      store.update((s) => ({ ...s, start: point }));
      context.wake();
    },
    chooseTab: (tab) => store.update((s) => ({ ...s, tab })),
    togglePresenter: () => store.update((s) => ({ ...s, presenter: !s.presenter })),
    toggleControls: () => store.update((s) => ({ ...s, controls: s.controls === 'full' ? 'minimal' : 'full' })),
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void root.requestFullscreen?.().catch(() => context.layout().notices.show(['Fullscreen is not allowed here.']));
    },
    toggleHelp: () => {
      const { help } = context.layout();
      help.open = !help.open;
    },
    closeHelp: () => {
      const { help, embed } = context.layout();
      const open = help.open || embed.open;
      help.open = false;
      embed.open = false;
      return open;
    },
    describe: () => context.layout().announcer.describe(),
    showEmbed: () => {
      if (context.embedBase) context.layout().embed.use().show(embedCode(store.get(), context.embedBase));
    },
    exportAs: (format) => context.exportAs?.(format),
  };
  return actions;
}
