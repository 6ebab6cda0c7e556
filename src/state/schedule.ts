// When work that the screen does not wait for runs: after the frame that shows a change, or when
// the device is idle. Both keep a tap's answer or the first screen from waiting on it.

/** Runs `work` right after the next frame has been drawn (a hidden page: on a timer). */
export function afterFrame(work: () => void): void {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible')
    requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

/** Runs `work` when the device is idle, at the latest after `timeout` ms. */
export function whenIdle(work: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, Math.min(timeout, 500));
}
