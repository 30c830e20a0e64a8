import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { Public } from '../access/access.decorator';
import { DownloadLinksService } from './download-links.service';

@ApiTags('downloads')
@Controller('downloads')
export class DownloadsController {
  constructor(private readonly links: DownloadLinksService) {}

  /**
   * The file behind a single-use link. Public: the 256-bit secret in the path is the credential,
   * created by a signed-in request allowed to read the file. 410 once used or after 5 minutes.
   */
  @Get(':token')
  @Public()
  @ApiOkResponse({ description: 'The file, as an attachment, once.' })
  async download(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const file = await this.links.redeem(token);
    res
      .status(200)
      .set({
        ...file.headers,
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      })
      .send(file.content);
  }
}
