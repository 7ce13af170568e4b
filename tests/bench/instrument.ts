/**
 * Installed in the page before its scripts run: times every animation-frame callback and every
 * event listener call, and files the time under the frame it ran in. A frame's main-thread work is
 * then what the page's own JavaScript cost it; its interval is the gap between frame timestamps.
 */
export function installFrameProbe(): void {
  const probe = { frames: [] as { at: number; workMs: number }[], pendingMs: 0, recording: false };
  (globalThis as unknown as { __frameProbe: typeof probe }).__frameProbe = probe;
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    function (this: unknown, ...args: A): R {
      const begin = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        probe.pendingMs += performance.now() - begin;
      }
    };
  const raf = globalThis.requestAnimationFrame.bind(globalThis);
  globalThis.requestAnimationFrame = (callback) => raf(timed(callback));
  const add = EventTarget.prototype.addEventListener;
  const wrapped = new WeakMap<object, EventListener>();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (typeof listener !== 'function') return add.call(this, type, listener, options);
    let wrapper = wrapped.get(listener);
    if (!wrapper) {
      wrapper = timed(listener as EventListener);
      wrapped.set(listener, wrapper);
    }
    return add.call(this, type, wrapper, options);
  };
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const wrapper = typeof listener === 'function' ? wrapped.get(listener) : undefined;
    return remove.call(this, type, wrapper ?? listener, options);
  };
  // A frame marker that runs first in each frame: it closes the previous frame's account.
  const mark = (at: number): void => {
    if (probe.recording) probe.frames.push({ at, workMs: probe.pendingMs });
    probe.pendingMs = 0;
    raf(mark);
  };
  raf(mark);
}
