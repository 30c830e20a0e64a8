import { Module } from '@nestjs/common';

import { ProcessesModule } from '../processes/processes.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { DemoIdeasStep } from './demo/demo-ideas.step';
import { IdeaBoxesController } from './idea-boxes.controller';
import { IdeaBoxesService } from './idea-boxes.service';
import { IdeaConversionService } from './idea-conversion.service';
import { IdeaExportService } from './idea-export.service';
import { IdeaImagesCopier } from './idea-images.copier';
import { IdeaModerationService } from './idea-moderation.service';
import { IdeasController } from './ideas.controller';
import { IdeasQueryService } from './ideas-query.service';

/**
 * The idea box (boîte à idées, issue 6): a process of kind `ideas` whose ideas and shop wishes are
 * proposals (the proposals module submits, supports, comments, moderates and answers them). This
 * module adds the box itself (theme, categories, dates), its lists by answer, the shop-demand grid,
 * open data, and turning an idea into a budget project. Exports IdeaConversionService so that the
 * works module records an idea turned into a planned work (`recordWork`).
 */
@Module({
  imports: [ProcessesModule, ProposalsModule],
  controllers: [IdeaBoxesController, IdeasController],
  providers: [IdeaBoxesService, IdeasQueryService, IdeaExportService, IdeaConversionService, IdeaImagesCopier, IdeaModerationService, DemoIdeasStep],
  exports: [IdeaConversionService, IdeaImagesCopier],
})
export class IdeasModule {}
