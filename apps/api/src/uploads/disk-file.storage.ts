import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { assertSafeKey, FileStorage } from './file-storage';

/** Files under $AGORA_DATA_DIR/uploads, the default storage (one server, or a shared volume). */
@Injectable()
export class DiskFileStorage implements FileStorage {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private pathOf(key: string): string {
    assertSafeKey(key);
    return join(this.config.dataDir, 'uploads', key);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside then renamed, so a reader never sees half a file.
    const partial = `${path}.partial`;
    await writeFile(partial, content, { mode: 0o640 });
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
