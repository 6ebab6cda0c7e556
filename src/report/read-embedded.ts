// Reads the assessment back out of a report PDF: a byte scan for the XMP element that
// src/report/xmp.ts writes, then the same restore as any imported assessment file. Small on
// purpose (no PDF library): the app imports it when a user picks a PDF to import.
import { restoreAssessment, type Assessment } from '../core/records/assessment';
import { problem } from '../core/common/problems';
import { parseUntrusted } from '../core/common/safety';
import type { Validated } from '../core/definition/validate';
import { Unzlib } from 'fflate';
import { MAX_SINGLE_FILE_BYTES, checkFileSize } from '../core/common/safety';
import { ASSESSMENT_CLOSE, ASSESSMENT_OPEN } from './xmp';

/** The PDF header may follow up to 1024 bytes of other data (PDF 32000-1, annex H.3). */
const HEADER_WINDOW = 1024;

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

export function isPdf(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, HEADER_WINDOW + 5)).includes('%PDF-');
}

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * The JSON's bytes: as they are in a report written before the compression (JSON starts with
 * "{"), else inflated from zlib, stopping at the size limit of an assessment file (a small packet
 * could inflate to gigabytes).
 */
function unpacked(bytes: Uint8Array): Uint8Array | 'tooLarge' | null {
  if (bytes[0] === '{'.charCodeAt(0)) return bytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_SINGLE_FILE_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length && !tooLarge; i += 0x10000)
      inflate.push(bytes.subarray(i, i + 0x10000), i + 0x10000 >= bytes.length);
  } catch {
    return null;
  }
  if (tooLarge) return 'tooLarge';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The assessment a report PDF carries. Refuses a file that is not a PDF, a PDF without an
 * embedded assessment (another program's PDF, or a report re-saved by a tool that compressed
 * its metadata) and damaged data, each with its own problem code.
 */
export function extractAssessmentFromPdf(bytes: Uint8Array): Validated<Assessment> {
  if (!isPdf(bytes)) return { ok: false, problems: [problem('pdf_not_pdf', [])] };
  const text = latin1(bytes);
  // The last one wins: an incremental update appends a newer packet after the old one.
  const open = text.lastIndexOf(ASSESSMENT_OPEN);
  const close = open < 0 ? -1 : text.indexOf(ASSESSMENT_CLOSE, open);
  if (open < 0 || close < 0) return { ok: false, problems: [problem('pdf_no_assessment', [])] };
  const packed = decodeBase64(text.slice(open + ASSESSMENT_OPEN.length, close));
  if (!packed) return { ok: false, problems: [problem('pdf_assessment_damaged', [])] };
  const decoded = unpacked(packed);
  if (decoded === 'tooLarge')
    return { ok: false, problems: [checkFileSize(MAX_SINGLE_FILE_BYTES + 1, 'single')!] };
  if (!decoded) return { ok: false, problems: [problem('pdf_assessment_damaged', [])] };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(decoded);
  } catch {
    return { ok: false, problems: [problem('pdf_assessment_damaged', [])] };
  }
  const parsed = parseUntrusted(json, 'single');
  return parsed.ok ? restoreAssessment(parsed.value) : parsed;
}
