// A chosen file read and parsed as JSON. A large one is read and parsed in a worker, so that the
// page stays responsive (`npm run bench`, the backup of 5,000: reading and parsing its 28.6 MB
// held the page for about a second). Smaller files, the single file (no worker from file://) and
// any worker that fails are read and parsed on the page, the tree check in slices.
import type { Problem } from '../core/common/problems';
import { parseUntrustedSteps, type Parsed } from '../core/common/safety';
import { readFileText } from './read-text';
import { Cancelled, drive } from './slices';

/** From this size on a file is read in a worker (bytes). */
export const WORKER_FROM = 2_000_000;

export interface ParseRequest {
  file: Blob;
  kind: 'single' | 'collection';
}

export type ParseReply =
  | { type: 'refused'; problems: Problem[] }
  /** The value, long top-level lists left empty: `lists` names those that follow in batches. */
  | { type: 'head'; head: unknown; lists: string[] }
  | { type: 'batch'; key: string; items: unknown[] }
  | { type: 'done' };

/** The file's JSON with the checks of `parseUntrusted`; stops when `signal` aborts. */
export async function readJsonFile(
  file: Blob,
  kind: 'single' | 'collection',
  signal?: AbortSignal,
): Promise<Parsed> {
  const inWorker = file.size >= WORKER_FROM ? await readInWorker(file, kind, signal) : null;
  if (inWorker) return inWorker;
  const text = await readFileText(file, kind);
  return text.ok ? drive(parseUntrustedSteps(text.value, kind), undefined, signal) : text;
}

/** Null when there is no worker to be had (then the page reads the file). */
function readInWorker(
  file: Blob,
  kind: 'single' | 'collection',
  signal?: AbortSignal,
): Promise<Parsed | null> {
  if (import.meta.env.MODE === 'single' || typeof Worker === 'undefined')
    return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<Parsed | null>((resolve, reject) => {
    let head: Record<string, unknown> | null = null;
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      end();
      reject(new Cancelled());
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      resolve(null);
    };
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      if (data.type === 'refused') {
        end();
        resolve({ ok: false, problems: data.problems });
      } else if (data.type === 'head') {
        if (data.lists.length === 0) {
          end();
          resolve({ ok: true, value: data.head });
        } else head = data.head as Record<string, unknown>;
      } else if (data.type === 'batch') {
        (head![data.key] as unknown[]).push(...data.items);
      } else {
        end();
        resolve({ ok: true, value: head });
      }
    };
    worker.postMessage({ file, kind } satisfies ParseRequest);
  });
}
