import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { sniffImageType } from '../uploads/image-type.rule';
import { budgetErrors } from './budget.errors';

/** Where a ballot project's picture stored by Agora lives (its `imagePath` is then this route's URL). */
export function ballotProjectImageKey(projectId: string): string {
  return `ballot-projects/${projectId}.png`;
}

export function ballotProjectImageUrl(projectId: string): string {
  return `/api/ballot-projects/${projectId}/image`;
}

/** The pictures of ballot projects (the demo's, for now), public once their process is out of draft. */
@ApiTags('budgets')
@Controller('ballot-projects')
export class BallotProjectImagesController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Get(':id/image')
  @Public()
  async read(@Param('id', IdPipe) id: string, @Res() res: Response): Promise<void> {
    const [row]: Array<{ image_path: string | null }> = await this.dataSource.query(
      `SELECT p.image_path FROM ballot_projects p JOIN budgets b ON b.id = p.budget_id JOIN processes r ON r.id = b.process_id
       WHERE p.id = $1 AND r.phase <> 'draft'`,
      [id],
    );
    if (!row || row.image_path !== ballotProjectImageUrl(id)) throw budgetErrors.projectNotFound();
    const content = await this.storage.get(ballotProjectImageKey(id));
    const contentType = content ? sniffImageType(content) : null;
    if (!content || !contentType) throw budgetErrors.projectNotFound();
    res.set({
      'Content-Type': contentType,
      'Content-Length': String(content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Cache-Control': 'public, max-age=3600',
    });
    res.send(content);
  }
}
