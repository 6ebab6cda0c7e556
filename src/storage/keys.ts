/** Every name under which the app keeps data on the device. */
export const STORAGE_KEYS = {
  database: 'itas-transformations-check',
  databaseVersion: 2,
  stores: {
    assessments: 'assessments',
    firms: 'firms',
    definitions: 'definitions',
    meta: 'meta',
    /** Coaching cases (since database version 2). */
    cases: 'cases',
    /** Workshops on a shared device and their participants (since version 2). */
    workshops: 'workshops',
    /** Questionnaires opened in the authors' preview, kept on this device (since version 2). */
    drafts: 'drafts',
  },
  channel: 'itas-transformations-check',
  /** Small preferences in localStorage. */
  language: 'itas.language',
  /** The workshop running on this device and its current participant (read synchronously). */
  workshopSession: 'itas.workshop',
  /** Prefixes of the synchronous journals of changes not yet in IndexedDB (assessments, cases). */
  assessmentJournal: 'itas.journal.',
  caseJournal: 'itas.case.',
  /** Content hashes of stored definitions this version of the app has checked (a cache). */
  validatedDefinitions: 'itas.validated',
} as const;

export type StoreName = (typeof STORAGE_KEYS.stores)[keyof typeof STORAGE_KEYS.stores];
