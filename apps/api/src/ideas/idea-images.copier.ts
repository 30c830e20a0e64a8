import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { extensionOf, ImageContentType } from '../uploads/image-type.rule';

/** One image of an idea, copied under a new key for what the idea became. */
export interface CopiedImage {
  key: string;
  contentType: ImageContentType;
  sizeBytes: number;
  alt: string;
}

/**
 * An idea's pictures follow it when it becomes a budget project or a work. The bytes are copied
 * under new keys rather than shared: the author may still remove an image from the idea, and that
 * must not leave the project or the work pointing at nothing. Copies are written before their rows;
 * the caller discards them if its transaction fails (`written` lists them as they are made).
 */
@Injectable()
export class IdeaImagesCopier {
  private readonly logger = new Logger('IdeaImagesCopier');

  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  async copy(manager: EntityManager, ideaId: string, folder: 'proposals' | 'works', written: string[]): Promise<CopiedImage[]> {
    const rows: Array<{ storage_key: string; content_type: ImageContentType; size_bytes: number; alt: string }> = await manager.query(
      `SELECT storage_key, content_type, size_bytes, alt FROM proposal_images WHERE proposal_id = $1 ORDER BY created_at, id`,
      [ideaId],
    );
    const copies: CopiedImage[] = [];
    for (const row of rows) {
      const content = await this.storage.get(row.storage_key);
      // A file lost from the disk is logged, never a reason to refuse the conversion.
      if (!content) {
        this.logger.warn(`Image file missing, not copied: ${row.storage_key}`);
        continue;
      }
      const key = `${folder}/${randomUUID()}.${extensionOf(row.content_type)}`;
      await this.storage.put(key, content, row.content_type);
      written.push(key);
      copies.push({ key, contentType: row.content_type, sizeBytes: row.size_bytes, alt: row.alt });
    }
    return copies;
  }

  /** After a failed transaction: the copies it wrote point to no row any more. */
  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
  }
}
