// A chosen file's text, refused before reading when it is over the size limit of its kind.
import { problem } from '../core/common/problems';
import { checkFileSize } from '../core/common/safety';
import type { Validated } from '../core/definition/validate';

export async function readFileText(
  file: Blob,
  kind: 'single' | 'collection',
): Promise<Validated<string>> {
  const tooLarge = checkFileSize(file.size, kind);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    return { ok: true, value: await file.text() };
  } catch (e) {
    return { ok: false, problems: [problem('file_read', [], { detail: (e as Error).message })] };
  }
}
