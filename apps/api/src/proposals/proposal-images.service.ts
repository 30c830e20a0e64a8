import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ProposalImage } from '@agora/contracts';
import { PROPOSAL_IMAGE_MAX_BYTES, PROPOSAL_IMAGE_MAX_COUNT } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { extensionOf, sniffImageType } from '../uploads/image-type.rule';
import { isProposalsPhase } from './proposal-phase.rule';
import { imageUrl } from './proposal.mapper';
import { ProposalRepository } from './proposal.repository';
import { proposalErrors } from './proposal.errors';

/** The part of an uploaded file this service reads (multer's memory storage fills it). */
export interface UploadedImage {
  buffer: Buffer;
  size: number;
}

/**
 * A proposal's pictures. The bytes decide the type (a renamed script is refused whatever its name
 * or announced type), the file is written before its row, and a failed insert removes the file, so
 * no row ever points to nothing.
 */
@Injectable()
export class ProposalImagesService {
  private readonly logger = new Logger('ProposalImagesService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async add(
    proposalId: string,
    authorId: string,
    file: UploadedImage | undefined,
    alt: string,
  ): Promise<ProposalImage> {
    if (!file) throw proposalErrors.imageMissing();
    if (file.size > PROPOSAL_IMAGE_MAX_BYTES)
      throw proposalErrors.imageTooLarge(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024);
    const contentType = sniffImageType(file.buffer);
    if (!contentType) throw proposalErrors.imageType();
    const key = `proposals/${randomUUID()}.${extensionOf(contentType)}`;
    let stored = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const proposal = await this.repository.lock(proposalId, manager, authorId);
        if (proposal.authorId !== authorId) throw proposalErrors.notAuthor();
        if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
        if (proposal.status !== 'draft' && proposal.status !== 'published')
          throw proposalErrors.notEditable();
        // The proposal row is locked: two uploads at once cannot both pass this count.
        const [{ count }]: Array<{ count: number }> = await manager.query(
          `SELECT count(*)::int AS count FROM proposal_images WHERE proposal_id = $1`,
          [proposalId],
        );
        if (count >= PROPOSAL_IMAGE_MAX_COUNT) throw proposalErrors.tooManyImages(PROPOSAL_IMAGE_MAX_COUNT);
        await this.storage.put(key, file.buffer, contentType);
        stored = true;
        const [row]: Array<{ id: string }> = await manager.query(
          `INSERT INTO proposal_images (proposal_id, storage_key, content_type, size_bytes, alt) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [proposalId, key, contentType, file.size, alt.trim().slice(0, 300)],
        );
        return {
          id: row.id,
          url: imageUrl(row.id),
          contentType,
          sizeBytes: file.size,
          alt: alt.trim().slice(0, 300),
        };
      });
    } catch (error) {
      if (stored) await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
      throw error;
    }
  }

  async remove(proposalId: string, imageId: string, authorId: string): Promise<void> {
    if (!isUuid(imageId)) throw proposalErrors.imageNotFound();
    const key = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.repository.lock(proposalId, manager, authorId);
      if (proposal.authorId !== authorId) throw proposalErrors.notAuthor();
      if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      const [row]: Array<{ storage_key: string }> = await manager.query(
        `WITH d AS (DELETE FROM proposal_images WHERE id = $1 AND proposal_id = $2 RETURNING storage_key) SELECT storage_key FROM d`,
        [imageId, proposalId],
      );
      if (!row) throw proposalErrors.imageNotFound();
      return row.storage_key;
    });
    // After the commit: a crash here leaves an unreferenced file, never a row without its file.
    await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
  }

  /** The bytes of an image; a hidden proposal's are withheld (a draft's stay readable by their unguessable id, for the author's preview). */
  async read(imageId: string): Promise<{ content: Buffer; contentType: string }> {
    if (!isUuid(imageId)) throw proposalErrors.imageNotFound();
    const [row]: Array<{ storage_key: string; content_type: string }> = await this.dataSource.query(
      `SELECT i.storage_key, i.content_type FROM proposal_images i JOIN proposals p ON p.id = i.proposal_id
       WHERE i.id = $1 AND p.hidden_at IS NULL`,
      [imageId],
    );
    if (!row) throw proposalErrors.imageNotFound();
    const content = await this.storage.get(row.storage_key);
    if (!content) throw proposalErrors.imageNotFound();
    return { content, contentType: row.content_type };
  }
}
