import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import type { ConsultationAttachment } from '@agora/contracts';

import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentKey,
  attachmentUrl,
  extensionOf,
  isAttachmentName,
  sniffAttachmentType,
  type AttachmentType,
} from './attachment.rule';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';

/** What multer hands over for the `file` field. */
export interface UploadedAttachment {
  buffer: Buffer;
  size: number;
}

/** Pictures and PDF documents of a consultation's context, stored through uploads/. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly finder: ConsultationFinder,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async upload(
    actorId: string,
    ref: string,
    file: UploadedAttachment | undefined,
  ): Promise<ConsultationAttachment> {
    const consultation = await this.finder.findForTeam(ref, actorId, CONSULTATION_TEAM);
    const type = file && file.size <= ATTACHMENT_MAX_BYTES ? sniffAttachmentType(file.buffer) : null;
    if (!file || !type) throw consultationErrors.attachmentInvalid();
    const name = `${randomUUID()}.${extensionOf(type)}`;
    await this.storage.put(attachmentKey(consultation.id, name), file.buffer, type);
    await this.audit.record({
      actorId,
      action: 'consultation.attachment',
      objectType: 'consultation',
      objectId: consultation.id,
      territoryId: consultation.territoryId,
      after: { name, contentType: type, bytes: file.size },
    });
    return { path: attachmentUrl(consultation.id, name), contentType: type, bytes: file.size };
  }

  /** Public once the consultation is published; the team sees the files of a draft. */
  async read(
    ref: string,
    name: string,
    principal: Principal | null,
  ): Promise<{ content: Buffer; contentType: AttachmentType }> {
    const consultation = await this.finder.findVisible(ref, principal?.accountId ?? null);
    if (!isAttachmentName(name)) throw consultationErrors.fileNotFound();
    const content = await this.storage.get(attachmentKey(consultation.id, name));
    const contentType = content ? sniffAttachmentType(content) : null;
    if (!content || !contentType) throw consultationErrors.fileNotFound();
    return { content, contentType };
  }
}
