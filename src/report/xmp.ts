// The assessment travels inside the PDF as XMP metadata. jsPDF writes the metadata stream
// uncompressed, so a reader finds it by scanning the file's bytes, without a PDF library. The
// JSON's UTF-8 bytes, zlib-compressed (the embedded questionnaire is most of a report's bytes and
// shrinks about sixfold), are written as base64 inside an element of our own namespace: base64
// has no character that XML or a PDF stream would escape or misread. Reports written before the
// compression hold the JSON's bytes themselves; a reader tells them apart by the first byte.
import { zlibSync } from 'fflate';

export const XMP_NAMESPACE = 'https://itas-projekt.de/ns/transformations-check/1.0/';
export const XMP_PREFIX = 'itas';
export const ASSESSMENT_OPEN = `<${XMP_PREFIX}:assessment>`;
export const ASSESSMENT_CLOSE = `</${XMP_PREFIX}:assessment>`;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split('')
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r') // not allowed in XML
    .join('');
}

function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  language: string;
  creator: string;
  /** ISO timestamp. */
  created: string;
  /** The assessment file's JSON text. */
  assessment: string;
}

/** A complete XMP packet, for `addMetadata(packet, true)`. */
export function xmpPacket(f: XmpFields): string {
  const packed = zlibSync(new TextEncoder().encode(f.assessment), { level: 9 });
  const lines = base64OfBytes(packed).match(/.{1,100}/g) ?? [];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ` xmlns:${XMP_PREFIX}="${XMP_NAMESPACE}">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(f.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${escapeXml(f.created)}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${escapeXml(f.creator)}</xmp:CreatorTool>`,
    `<${XMP_PREFIX}:encoding>base64 zlib UTF-8 JSON</${XMP_PREFIX}:encoding>`,
    ASSESSMENT_OPEN,
    ...lines,
    ASSESSMENT_CLOSE,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}
