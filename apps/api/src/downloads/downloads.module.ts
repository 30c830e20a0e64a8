import { Global, Module } from '@nestjs/common';

import { DownloadLinksService } from './download-links.service';
import { DownloadsController } from './downloads.controller';

/**
 * Single-use download links for files with personal data; global, so the module owning a file
 * registers its producer and creates links (identity's GDPR export, consultations' exports).
 */
@Global()
@Module({
  controllers: [DownloadsController],
  providers: [DownloadLinksService],
  exports: [DownloadLinksService],
})
export class DownloadsModule {}
