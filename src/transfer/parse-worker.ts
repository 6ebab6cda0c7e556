// Reads and parses a large JSON file away from the page: JSON.parse of tens of megabytes blocks
// whatever thread runs it for a second or more. The result goes back in pieces (see large-json.ts), so
// that no single message takes the page long to receive either.
import { isPlainObject, parseUntrusted } from '../core/common/safety';
import type { ParseReply, ParseRequest } from './large-json';
import { readFileText } from './read-text';

/** How many entries of a long list go back in one message. */
const BATCH = 200;

const post = (reply: ParseReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { file, kind } = event.data;
  const text = await readFileText(file, kind);
  if (!text.ok) return post({ type: 'refused', problems: text.problems });
  const parsed = parseUntrusted(text.value, kind);
  if (!parsed.ok) return post({ type: 'refused', problems: parsed.problems });
  const value = parsed.value;
  if (!isPlainObject(value)) return post({ type: 'head', head: value, lists: [] });
  // Long lists at the top (assessments, firms, participants) follow the rest in batches.
  const lists = Object.keys(value).filter(
    (key) => Array.isArray(value[key]) && (value[key] as unknown[]).length > BATCH,
  );
  const head: Record<string, unknown> = { ...value };
  for (const key of lists) head[key] = [];
  post({ type: 'head', head, lists });
  for (const key of lists) {
    const list = value[key] as unknown[];
    for (let from = 0; from < list.length; from += BATCH)
      post({ type: 'batch', key, items: list.slice(from, from + BATCH) });
  }
  post({ type: 'done' });
};
