/** Every name under which the app keeps data on the device. */
export const STORAGE_KEYS = {
  database: 'itas-transformations-check',
  databaseVersion: 1,
  stores: {
    assessments: 'assessments',
    firms: 'firms',
    definitions: 'definitions',
    meta: 'meta',
  },
  channel: 'itas-transformations-check',
  /** Small preferences in localStorage. */
  language: 'itas.language',
} as const;

export type StoreName = (typeof STORAGE_KEYS.stores)[keyof typeof STORAGE_KEYS.stores];
