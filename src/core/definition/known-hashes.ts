// Content hashes of definitions (core/packing), remembered per object: definitions are never
// mutated, and hashing a questionnaire is a long task on a slow device. Its own module so that the
// shipped questionnaires can record the hashes the build computed without loading the hashing code.
export const knownHashes = new WeakMap<object, string>();

/** Records a hash that is already known: from the build, or read from storage under it. */
export function rememberDefinitionHash(definition: object, hash: string): void {
  if (!knownHashes.has(definition)) knownHashes.set(definition, hash);
}
