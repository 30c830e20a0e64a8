import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { ProcessDetail } from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { IMAGE_UPLOAD_LIMITS, ImageUploadErrorsInterceptor } from '../proposals/image-upload.interceptor';
import type { UploadedImage } from '../proposals/proposal-images.service';
import { ProcessImagesService } from './process-images.service';
import { PROCESS_OWNERS } from './processes.service';

/** The picture of a process: officials and admins upload or remove it; anyone who sees the process sees it. */
@ApiTags('processes')
@Controller('processes')
export class ProcessImagesController {
  constructor(private readonly images: ProcessImagesService) {}

  /** multipart/form-data: `file` (JPEG, PNG or WebP, recognised by its bytes, at most 5 MB); replaces the current image. */
  @Post(':id/image')
  @HttpCode(200)
  @ApiCookieAuth('agora_session')
  @ApiConsumes('multipart/form-data')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  @UseInterceptors(ImageUploadErrorsInterceptor, FileInterceptor('file', { limits: IMAGE_UPLOAD_LIMITS }))
  upload(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @UploadedFile() file: UploadedImage | undefined): Promise<ProcessDetail> {
    return this.images.upload(principalOf(req).accountId, id, file);
  }

  @Delete(':id/image')
  @HttpCode(204)
  @ApiCookieAuth('agora_session')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  remove(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<void> {
    return this.images.remove(principalOf(req).accountId, id);
  }

  @Get(':id/image/:file')
  @Public()
  async read(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const image = await this.images.read(id, file, req.principal?.accountId ?? null);
    res.set({
      'Content-Type': image.contentType,
      'Content-Length': String(image.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      // Each upload has its own URL; a draft's image stays out of shared caches.
      'Cache-Control': image.draft ? 'private, no-store' : 'public, max-age=86400',
    });
    res.send(image.content);
  }
}
