import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ProcessDetail } from '@agora/contracts';
import { PROPOSAL_IMAGE_MAX_BYTES } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { proposalErrors } from '../proposals/proposal.errors';
import type { UploadedImage } from '../proposals/proposal-images.service';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { extensionOf, sniffImageType } from '../uploads/image-type.rule';
import { processImageFile, processImageKey, processImageUrl, storedImageKey } from './process-image.rule';
import { ProcessEntity } from './process.entity';
import { processErrors } from './process.errors';
import { PROCESS_OWNERS, ProcessesService } from './processes.service';

/**
 * The picture of a process (its page header and its card in lists). As for proposal images, the
 * bytes decide the type, the file is written before the row points to it, and the file it replaces
 * is removed only once the new one is committed, so the page never shows a broken image.
 */
@Injectable()
export class ProcessImagesService {
  private readonly logger = new Logger('ProcessImagesService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async upload(actorId: string, processId: string, file: UploadedImage | undefined): Promise<ProcessDetail> {
    let written: string | null = null;
    try {
      const { detail, replaced } = await this.dataSource.transaction(async (manager) => {
        const process = await this.processes.find(processId, manager, true);
        await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
        if (!file) throw proposalErrors.imageMissing();
        if (file.size > PROPOSAL_IMAGE_MAX_BYTES) throw proposalErrors.imageTooLarge(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024);
        const contentType = sniffImageType(file.buffer);
        if (!contentType) throw proposalErrors.imageType();
        const name = `${randomUUID()}.${extensionOf(contentType)}`;
        const key = processImageKey(process.id, name);
        await this.storage.put(key, file.buffer, contentType);
        written = key;
        const replaced = storedImageKey(process.id, process.imagePath);
        const before = process.imagePath;
        process.imagePath = processImageUrl(process.id, name);
        await manager.update(ProcessEntity, { id: process.id }, { imagePath: process.imagePath, updatedAt: () => 'now()' });
        await this.audit.record(
          { actorId, action: 'process.image', objectType: 'process', objectId: process.id, territoryId: process.territoryId, before: { imagePath: before }, after: { imagePath: process.imagePath, contentType, sizeBytes: file.size } },
          manager,
        );
        return { detail: await this.processes.detail(process, manager), replaced };
      });
      written = null;
      if (replaced) await this.forget(replaced);
      return detail;
    } catch (error) {
      if (written) await this.forget(written);
      throw error;
    }
  }

  async remove(actorId: string, processId: string): Promise<void> {
    const replaced = await this.dataSource.transaction(async (manager) => {
      const process = await this.processes.find(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      if (process.imagePath === null) return null;
      await manager.update(ProcessEntity, { id: process.id }, { imagePath: null, updatedAt: () => 'now()' });
      await this.audit.record(
        { actorId, action: 'process.image', objectType: 'process', objectId: process.id, territoryId: process.territoryId, before: { imagePath: process.imagePath }, after: { imagePath: null } },
        manager,
      );
      return storedImageKey(process.id, process.imagePath);
    });
    if (replaced) await this.forget(replaced);
  }

  /** The current image of a process the viewer may see (drafts: their team only). */
  async read(processId: string, file: string, viewerId: string | null): Promise<{ content: Buffer; contentType: string; draft: boolean }> {
    const name = processImageFile(file);
    if (!name) throw processErrors.imageNotFound();
    const process = await this.processes.findVisible(processId, viewerId);
    if (process.imagePath !== processImageUrl(process.id, name)) throw processErrors.imageNotFound();
    const content = await this.storage.get(processImageKey(process.id, name));
    const contentType = content ? sniffImageType(content) : null;
    if (!content || !contentType) throw processErrors.imageNotFound();
    return { content, contentType, draft: process.phase === 'draft' };
  }

  private async forget(key: string): Promise<void> {
    await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
  }
}
