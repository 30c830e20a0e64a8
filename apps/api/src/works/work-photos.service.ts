import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { WorkLiveEvent, WorkPhoto, WorkPhotoKind, WorkStatus } from '@agora/contracts';
import { PROPOSAL_IMAGE_MAX_BYTES, WORK_PHOTO_KINDS } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../errors/domain.error';
import { LiveUpdatesService } from '../live/live-updates.service';
import { proposalErrors } from '../proposals/proposal.errors';
import type { UploadedImage } from '../proposals/proposal-images.service';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { extensionOf, sniffImageType } from '../uploads/image-type.rule';
import { WorkTerritoryService } from './work-territory.service';
import { workErrors } from './work.errors';
import { photoUrl } from './work.mapper';
import { worksTopic } from './works.service';

/** A timeline entry holds a handful of photos (before / during / after), not an album. */
const MAX_PHOTOS_PER_ENTRY = 6;

/**
 * Photos of a timeline entry. As for proposal images, the bytes decide the type (JPEG, PNG, WebP),
 * the file is stored before its row and removed if the row is not written.
 */
@Injectable()
export class WorkPhotosService {
  private readonly logger = new Logger('WorkPhotosService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly territories: WorkTerritoryService,
    private readonly audit: AuditService,
    private readonly live: LiveUpdatesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async add(actorId: string, workId: string, entryId: string, file: UploadedImage | undefined, kind: unknown, alt: unknown): Promise<WorkPhoto> {
    if (!isUuid(workId)) throw workErrors.workNotFound();
    if (!isUuid(entryId)) throw workErrors.entryNotFound();
    if (!WORK_PHOTO_KINDS.includes(kind as WorkPhotoKind)) {
      throw badRequest('WORK_PHOTO_KIND', 'Précisez si la photo est d’avant, de pendant ou d’après les travaux.', 'Say whether the photo is from before, during or after the works.');
    }
    const text = typeof alt === 'string' ? alt.trim().slice(0, 300) : '';
    if (!text) throw badRequest('WORK_PHOTO_ALT', 'Décrivez la photo en quelques mots (texte alternatif).', 'Describe the photo in a few words (alternative text).');
    if (!file) throw proposalErrors.imageMissing();
    if (file.size > PROPOSAL_IMAGE_MAX_BYTES) throw proposalErrors.imageTooLarge(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024);
    const contentType = sniffImageType(file.buffer);
    if (!contentType) throw proposalErrors.imageType();
    const key = `works/${randomUUID()}.${extensionOf(contentType)}`;
    let stored = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [entry]: Array<{ territory_id: string; commune_id: string; status: WorkStatus; progress: number; photos: number }> = await manager.query(
          `SELECT w.territory_id, w.commune_id, w.status, w.progress, (SELECT count(*)::int FROM work_photos p WHERE p.entry_id = e.id) AS photos
           FROM work_timeline_entries e JOIN works w ON w.id = e.work_id WHERE e.id = $1 AND e.work_id = $2 FOR UPDATE OF e`,
          [entryId, workId],
        );
        if (!entry) throw workErrors.entryNotFound();
        await this.territories.assertStaff(actorId, entry.territory_id, manager);
        if (entry.photos >= MAX_PHOTOS_PER_ENTRY) throw workErrors.tooManyPhotos(MAX_PHOTOS_PER_ENTRY);
        await this.storage.put(key, file.buffer, contentType);
        stored = true;
        const [row]: Array<{ id: string }> = await manager.query(
          `INSERT INTO work_photos (entry_id, kind, alt, storage_key, content_type, size_bytes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [entryId, kind, text, key, contentType, file.size],
        );
        await this.audit.record({ actorId, action: 'work.photo', objectType: 'work', objectId: workId, territoryId: entry.territory_id, after: { entryId, photoId: row.id, kind } }, manager);
        // Public pages showing the work's timeline reload it (sent on commit).
        const event: WorkLiveEvent = { workId, change: 'photo', status: entry.status, progress: entry.progress };
        await this.live.publish(worksTopic(entry.commune_id), event, manager);
        if (entry.territory_id !== entry.commune_id) await this.live.publish(worksTopic(entry.territory_id), event, manager);
        return { id: row.id, kind: kind as WorkPhotoKind, alt: text, url: photoUrl(row.id) };
      });
    } catch (error) {
      if (stored) await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
      throw error;
    }
  }

  async read(photoId: string): Promise<{ content: Buffer; contentType: string }> {
    if (!isUuid(photoId)) throw workErrors.photoNotFound();
    const [row]: Array<{ storage_key: string; content_type: string }> = await this.dataSource.query(`SELECT storage_key, content_type FROM work_photos WHERE id = $1`, [photoId]);
    if (!row) throw workErrors.photoNotFound();
    const content = await this.storage.get(row.storage_key);
    if (!content) throw workErrors.photoNotFound();
    return { content, contentType: row.content_type };
  }
}
