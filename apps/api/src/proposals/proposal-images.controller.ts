import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { ProposalImage } from '@agora/contracts';

import { Public, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { IMAGE_UPLOAD_LIMITS, ImageUploadErrorsInterceptor } from './image-upload.interceptor';
import { ProposalImagesService, UploadedImage } from './proposal-images.service';

@ApiTags('proposals')
@Controller('proposals')
export class ProposalImagesController {
  constructor(private readonly images: ProposalImagesService) {}

  /** multipart/form-data: `file` (JPEG, PNG or WebP, at most 5 MB) and `alt` (what the image shows). */
  @Post(':id/images')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ImageUploadErrorsInterceptor, FileInterceptor('file', { limits: IMAGE_UPLOAD_LIMITS }))
  add(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: UploadedImage | undefined,
    @Body('alt') alt: unknown,
  ): Promise<ProposalImage> {
    return this.images.add(id, principal.accountId, file, typeof alt === 'string' ? alt : '');
  }

  @Delete(':id/images/:imageId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SignedIn()
  @ApiCookieAuth('agora_session')
  remove(
    @Param('id', IdPipe) id: string,
    @Param('imageId', IdPipe) imageId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.images.remove(id, imageId, principal.accountId);
  }

  @Get('images/:imageId')
  @Public()
  async read(@Param('imageId', IdPipe) imageId: string, @Res() res: Response): Promise<void> {
    const image = await this.images.read(imageId);
    // The type comes from the sniffed bytes; nosniff stops a browser from guessing another one.
    res.set({
      'Content-Type': image.contentType,
      'Content-Length': String(image.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Cache-Control': 'public, max-age=3600',
    });
    res.send(image.content);
  }
}
