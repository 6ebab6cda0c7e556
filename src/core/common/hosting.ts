import { z } from './zod.ts';

const text = z.string().max(500).catch('');
/** Only web addresses may become links; anything else is dropped. */
const webAddress = z
  .string()
  .max(500)
  .regex(/^https?:\/\/\S+$/)
  .catch('');
/**
 * A picture beside the app (same origin, as the Content-Security-Policy demands): a relative file
 * name such as `logo.svg` or `images/logo.png`; addresses, absolute paths and `..` are left out.
 */
const localPicture = z
  .string()
  .max(200)
  .regex(/^(?![./])(?!.*\.\.)[A-Za-z0-9._/-]+\.(?:svg|png|jpe?g|webp)$/i)
  .catch('');
/** A JSON file beside the app (same origin), named like a picture above. */
const localJson = z
  .string()
  .max(200)
  .regex(/^(?![./])(?!.*\.\.)[A-Za-z0-9._/-]+\.json$/i)
  .catch('');
const phone = z
  .string()
  .max(40)
  .regex(/^[+0-9 ()/-]*$/)
  .catch('');

/**
 * `hosting.json` beside the app: who runs this copy (operator, imprint, privacy policy) and whom a
 * firm calls for strategy coaching. Every field is optional; a field of the wrong kind is left
 * out rather than shown.
 */
export const hostingSchema = z.object({
  operator: text.default(''),
  address: text.default(''),
  email: text.default(''),
  imprintUrl: webAddress.default(''),
  privacyUrl: webAddress.default(''),
  /** The operator's logo, shown in the header and beside the coaching contact. */
  logo: z
    .object({ file: localPicture.default(''), alt: text.default('') })
    .catch({ file: '', alt: '' })
    .default({ file: '', alt: '' }),
  /** The region's benchmark (the study's `itas-benchmark` file), for the firm's comparison. */
  benchmark: localJson.default(''),
  coaching: z
    .object({
      name: text.default(''),
      organisation: text.default(''),
      phone: phone.default(''),
      email: text.default(''),
      bookingUrl: webAddress.default(''),
    })
    .catch({ name: '', organisation: '', phone: '', email: '', bookingUrl: '' })
    .default({ name: '', organisation: '', phone: '', email: '', bookingUrl: '' }),
});

export type Hosting = z.infer<typeof hostingSchema>;
export type CoachingContact = Hosting['coaching'];

/** The file's content as the app uses it; null when there is nothing usable in it. */
export function readHosting(value: unknown): Hosting | null {
  const parsed = hostingSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether the file names the operator (else this copy runs locally). */
export const namesOperator = (h: Hosting) => !!(h.operator || h.imprintUrl || h.email);

/** Whether the file names a contact for strategy coaching. */
export const namesCoaching = (c: CoachingContact) =>
  !!(c.name || c.organisation || c.phone || c.email || c.bookingUrl);
