// Storage keeps questionnaire and profile definitions by content hash. Reading an assessment of a
// definition that does not ship with this version (an imported one, an older version, a preview's)
// used to check the definition in full every session, the longest part of opening it. A
// definition's hash is remembered here once this version's checks accepted it (it was saved from
// memory, where every definition has passed them, or checked on reading); on later reads a copy
// whose content still has that hash is taken as it is. Another version of the checks (a new app
// version) starts a new list. Without localStorage every read checks in full, as before.
import { validationId } from 'virtual:questionnaires';
import { contentBytes, contentHash, contentHashOf } from '../core/common/hash';
import { rememberDefinitionHash } from '../core/definition/known-hashes';
import { STORAGE_KEYS } from './keys';

/** More than any device holds definitions of: the oldest are forgotten first. */
const LIMIT = 200;

let known: string[] | null = null;

function read(): string[] {
  if (known) return known;
  known = [];
  try {
    const text = localStorage.getItem(STORAGE_KEYS.validatedDefinitions);
    const saved = text ? (JSON.parse(text) as { id?: unknown; hashes?: unknown }) : null;
    if (saved?.id === validationId && Array.isArray(saved.hashes))
      known = saved.hashes.filter((h): h is string => typeof h === 'string');
  } catch {
    // Unreadable or no localStorage: nothing is known.
  }
  return known;
}

/**
 * A questionnaire and a profile definition are checked together (the questionnaire's conditions
 * refer to the profile's questions): the pair is what is remembered, by both content hashes.
 */
const pairOf = (questionnaire: string, profile: string) => `${questionnaire} ${profile}`;

/** Whether this version's checks accepted this questionnaire with this profile before. */
export function validatedBefore(questionnaire: string, profile: string): boolean {
  return read().includes(pairOf(questionnaire, profile));
}

/** Records that this questionnaire with this profile passed this version's checks. */
export function rememberValidated(questionnaire: string, profile: string): void {
  const pair = pairOf(questionnaire, profile);
  const hashes = read();
  if (hashes.includes(pair)) return;
  known = [...hashes, pair].slice(-LIMIT);
  try {
    localStorage.setItem(
      STORAGE_KEYS.validatedDefinitions,
      JSON.stringify({ id: validationId, hashes: known }),
    );
  } catch {
    // Full or missing: the next session checks again.
  }
}

/**
 * Whether a stored definition's content has this hash (and then remembers it on the object, for
 * saves). WebCrypto's digest where there is one, core's `contentHash` otherwise: the same text.
 */
export async function hasHash(definition: object, hash: string): Promise<boolean> {
  let actual: string;
  try {
    // Native digest: bench/peer-latest.md "Cold load until the first question can be answered".
    const digest = await crypto.subtle.digest('SHA-256', contentBytes(definition));
    actual = contentHashOf(new Uint8Array(digest));
  } catch {
    try {
      actual = contentHash(definition);
    } catch {
      return false; // not JSON (a damaged copy): the full check says what is wrong
    }
  }
  if (actual !== hash) return false;
  rememberDefinitionHash(definition, hash);
  return true;
}
