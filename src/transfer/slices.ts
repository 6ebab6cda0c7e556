// Long work in slices, so that the screen answers while a large file comes in: the work runs on
// until about SLICE_MS have passed, then the page gets a turn (a timer, not a microtask, so that
// input and drawing can happen). A cancelled run stops at the next turn.

/** The longest stretch of work before the screen gets a turn (milliseconds). */
export const SLICE_MS = 40;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Call `turn()` between pieces of work: it pauses when a slice is used up, and stops a cancelled run. */
export function slices(signal?: AbortSignal) {
  let start = performance.now();
  return {
    async turn(): Promise<void> {
      if (signal?.aborted) throw new Cancelled();
      if (performance.now() - start < SLICE_MS) return;
      await pause();
      if (signal?.aborted) throw new Cancelled();
      start = performance.now();
    },
  };
}

/** Runs a generator of core's step by step in slices, telling `onStep` each step. */
export async function drive<P, T>(
  steps: Generator<P, T>,
  onStep?: (step: P) => void,
  signal?: AbortSignal,
): Promise<T> {
  const slicer = slices(signal);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep?.(step.value);
    await slicer.turn();
  }
}
