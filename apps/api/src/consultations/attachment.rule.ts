import { sniffImageType } from '../uploads/image-type.rule';

/** The file types a consultation's context may carry, recognised by their first bytes. */
export type AttachmentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|pdf)$/;

/** Storage key of an attachment: the consultation's folder, a random name, the type's extension. */
export function attachmentKey(consultationId: string, fileName: string): string {
  return `consultations/${consultationId}/${fileName}`;
}

export function attachmentUrl(consultationId: string, fileName: string): string {
  return `/api/consultations/${consultationId}/files/${fileName}`;
}

/** True for a file name the attachments endpoint may have produced. */
export function isAttachmentName(fileName: string): boolean {
  return FILE_NAME.test(fileName);
}

/** True when `path` is an attachment URL of this consultation (not another's, not an outside link). */
export function isAttachmentOf(consultationId: string, path: string): boolean {
  const prefix = `/api/consultations/${consultationId}/files/`;
  return path.startsWith(prefix) && isAttachmentName(path.slice(prefix.length));
}

/** JPEG, PNG, WebP (by the uploads rule) or PDF (`%PDF-`): the bytes decide, never the name. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const image = sniffImageType(bytes);
  if (image) return image;
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.length > pdf.length && pdf.every((byte, i) => bytes[i] === byte) ? 'application/pdf' : null;
}

export function extensionOf(type: AttachmentType): string {
  return { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' }[type];
}
