import { Global, Module } from '@nestjs/common';

import { DiskFileStorage } from './disk-file.storage';
import { FILE_STORAGE } from './file-storage';

/**
 * File storage for every module (proposal images, process images, work photos): inject FILE_STORAGE.
 * Files go to disk by default; an S3-compatible implementation would be chosen here by configuration.
 */
@Global()
@Module({ providers: [{ provide: FILE_STORAGE, useClass: DiskFileStorage }], exports: [FILE_STORAGE] })
export class UploadsModule {}
