import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveQueue } from '../../src/state/save-queue';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A record that changes, a save that takes a while and reads it when it runs. */
function harness(frames: (() => void)[], failAt: Set<number> = new Set()) {
  let version = 0;
  let saved = -1;
  let running = 0;
  let overlapped = false;
  let runs = 0;
  const queue = saveQueue(
    async () => {
      runs++;
      running++;
      if (running > 1) overlapped = true;
      const taken = version;
      await tick();
      running--;
      if (!failAt.has(runs)) saved = Math.max(saved, taken);
    },
    (go) => frames.push(go),
    1_000_000,
  );
  return {
    queue,
    change: () => void version++,
    get state() {
      return { version, saved, overlapped, runs };
    },
  };
}

describe('the save queue', () => {
  it('saves after the frame that shows a change, and once for changes made before it', async () => {
    const frames: (() => void)[] = [];
    const h = harness(frames);
    h.change();
    h.queue.saveAfterFrame();
    h.change();
    h.queue.saveAfterFrame();
    expect(h.state.runs, 'nothing before the frame').toBe(0);
    frames.forEach((go) => go());
    await h.queue.idle();
    expect(h.state.runs, 'one save for both changes').toBe(1);
    expect(h.state.saved).toBe(2);
  });

  it('runs one save at a time and ends with the latest change saved, whatever the order', async () => {
    type Op = 'change' | 'save' | 'afterFrame' | 'frame' | 'flush' | 'tick';
    const op = fc.constantFrom<Op>('change', 'save', 'afterFrame', 'frame', 'flush', 'tick');
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const frames: (() => void)[] = [];
        const h = harness(frames);
        let asked = -1;
        for (const o of ops) {
          if (o === 'change') h.change();
          else if (o === 'save') {
            asked = h.state.version;
            void h.queue.save();
          } else if (o === 'afterFrame') {
            asked = h.state.version;
            h.queue.saveAfterFrame();
          } else if (o === 'frame') frames.splice(0).forEach((go) => go());
          else if (o === 'flush') h.queue.flush();
          else await tick();
        }
        await h.queue.idle();
        const { saved, overlapped } = h.state;
        expect(overlapped, 'two saves at once').toBe(false);
        expect(saved, 'every change asked to be saved is saved').toBeGreaterThanOrEqual(asked);
      }),
      { numRuns: 300 },
    );
  });

  it('tries again on the next change after a failed save', async () => {
    const frames: (() => void)[] = [];
    const h = harness(frames, new Set([1]));
    h.change();
    await h.queue.save();
    expect(h.state.saved, 'the first save failed').toBe(-1);
    h.change();
    await h.queue.save();
    expect(h.state.saved).toBe(2);
  });
});
