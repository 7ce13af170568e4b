import type { Automation, Presentation } from '../state/present';

/** What the automation attributes become on an element (`data-critical-lr` goes when undefined). */
function attributesOf(a: Automation): Record<string, string | undefined> {
  return {
    dim: String(a.dim),
    presenter: a.presenter ? 'on' : 'off',
    controls: a.controls,
    status: a.status,
    step: String(a.step),
    loss: String(a.loss),
    lr: String(a.lr),
    hikers: String(a.hikers),
    criticalLr: a.criticalLr === undefined ? undefined : String(a.criticalLr),
  };
}

/** Who hears about a new step or status (the element's events). */
export interface AutomationListeners {
  onStep?(step: number, loss: number): void;
  onStatusChange?(status: string): void;
}

/**
 * The playground's automation contract: `data-status`, `data-step`, `data-loss`, `data-lr`,
 * `data-critical-lr` (and `data-dim`, `data-presenter`, `data-controls`, `data-hikers`) on its
 * root and on the custom element around it, and the step and status events. `data-step` comes
 * with the first frame; `data-ready` once the settings panel, the charts and the other cards,
 * which load after it, are in place.
 */
export class AutomationAttributes {
  private shown: Automation | undefined;

  constructor(
    private readonly targets: readonly HTMLElement[],
    private readonly listeners: AutomationListeners = {},
  ) {}

  /** Says that the whole playground is in place (`data-ready`). */
  ready(): void {
    for (const target of this.targets) target.dataset.ready = '';
  }

  update({ automation }: Presentation): void {
    const previous = this.shown;
    if (automation === previous) return;
    this.shown = automation;
    for (const [name, value] of Object.entries(attributesOf(automation))) {
      for (const target of this.targets) {
        // A write, even of the same value, costs a repaint.
        if (value === undefined) delete target.dataset[name];
        else if (target.dataset[name] !== value) target.dataset[name] = value;
      }
    }
    if (automation.step !== previous?.step) this.listeners.onStep?.(automation.step, automation.loss);
    if (automation.status !== previous?.status) this.listeners.onStatusChange?.(automation.status);
  }
}
