import { profileDefinition } from 'virtual:questionnaires';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  checkQuestionnaireText,
  newDraftRecord,
  type CheckedDraft,
  type DraftRecord,
} from '../core/records/draft';
import type { Problem } from '../core/common/problems';
import { readFileText } from '../transfer/read-text';
import { useAppStore, storage } from './app-store';
import { now } from './clock';
import { storeAll } from './store-import';
import { deleteDraft, listDrafts, saveDraft } from '../storage/drafts';

export interface DraftEntry extends CheckedDraft {
  record: DraftRecord;
}

interface Listing {
  status: 'loading' | 'ready';
  drafts: DraftRecord[];
  unreadable: string[];
}

async function backendReady() {
  await useAppStore.getState().init();
  return storage();
}

/**
 * Opens a file from disk as a draft and keeps it on this device. Oversized files are refused
 * before they are read; a file that is not valid is kept too, so its problems can be looked up.
 */
export async function openDraftFile(
  file: File,
): Promise<{ ok: true; key: string } | { ok: false; problems: Problem[] }> {
  const text = await readFileText(file, 'single');
  if (!text.ok) return text;
  const record = newDraftRecord(text.value, file.name, now());
  const stored = await storeAll((staged) => saveDraft(staged, record));
  return stored.ok ? { ok: true, key: record.key } : { ok: false, problems: [stored.problem] };
}

/** A draft and its trial runs leave the device together. */
export async function removeDraft(key: string): Promise<void> {
  const backend = await backendReady();
  if (!backend) return;
  const app = useAppStore.getState();
  for (const summary of Object.values(app.summaries))
    if (summary.draftId === key) await app.removeAssessment(summary.id);
  await deleteDraft(backend, key);
}

async function readListing(): Promise<Listing | null> {
  const backend = await backendReady();
  if (!backend) return null;
  return { status: 'ready', ...(await listDrafts(backend)) };
}

const check = (record: DraftRecord) => checkQuestionnaireText(record.text, profileDefinition);

/** The drafts on this device, each checked against the profile this app ships. */
export function useDrafts() {
  const [listing, setListing] = useState<Listing>({
    status: 'loading',
    drafts: [],
    unreadable: [],
  });
  const reload = useCallback(async () => {
    const next = await readListing();
    if (next) setListing(next);
  }, []);
  useEffect(() => {
    let live = true;
    void readListing().then((next) => {
      if (live && next) setListing(next);
    });
    return () => {
      live = false;
    };
  }, []);
  const entries = useMemo<DraftEntry[]>(
    () => listing.drafts.map((record) => ({ record, ...check(record) })),
    [listing.drafts],
  );
  return { status: listing.status, entries, unreadable: listing.unreadable, reload };
}
