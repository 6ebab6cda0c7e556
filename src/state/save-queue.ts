// When the open record is saved: one save at a time; a change during a save makes one more save
// after it (never two at once, never one lost); a change is saved after the frame that shows it.

export interface SaveQueue {
  /** Saves now, or once more after the save that is running. Resolves when none is running. */
  save(): Promise<void>;
  /** Saves after the next frame is drawn (or after `maxWaitMs` if frames are held up). */
  saveAfterFrame(): void;
  /** Starts a save that waits for a frame at once. */
  flush(): void;
  /** Resolves when every save asked for so far has run. */
  idle(): Promise<void>;
}

/**
 * `run` saves what is current when it runs (it reads the record itself, so a save that runs late
 * saves the latest change); its failures are its own to report. `afterFrame` schedules after the
 * next frame (src/state/schedule.ts in the app).
 */
export function saveQueue(
  run: () => Promise<void>,
  afterFrame: (go: () => void) => void,
  maxWaitMs = 100,
): SaveQueue {
  let saving: Promise<void> | null = null;
  let again = false;
  let queued: (() => void) | null = null;

  function save(): Promise<void> {
    if (saving) {
      again = true;
      return saving;
    }
    const loop = async () => {
      do {
        again = false;
        await run();
      } while (again);
    };
    // Cleared after the assignment even when the run ended synchronously; a change that came in
    // between its end and this starts another.
    saving = loop().finally(() => {
      saving = null;
      if (again) void save();
    });
    return saving;
  }

  function saveAfterFrame() {
    if (queued) return;
    const go = () => {
      if (queued !== go) return;
      queued = null;
      void save();
    };
    queued = go;
    afterFrame(go);
    setTimeout(go, maxWaitMs); // frames held up (a busy or throttled page): the save does not wait
  }

  return {
    save,
    saveAfterFrame,
    flush: () => queued?.(),
    async idle() {
      queued?.();
      while (saving) await saving;
    },
  };
}
