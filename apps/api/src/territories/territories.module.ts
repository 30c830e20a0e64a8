import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LegalInfoService } from './legal-info.service';
import { QuartierImportService } from './quartier-import.service';
import { TerritoriesController } from './territories.controller';
import { TerritoriesService } from './territories.service';
import { TerritoryLocator } from './territory-locator.service';
import { TerritoryEntity } from './territory.entity';

@Module({
  imports: [TypeOrmModule.forFeature([TerritoryEntity])],
  controllers: [TerritoriesController],
  providers: [TerritoriesService, TerritoryLocator, QuartierImportService, LegalInfoService],
  exports: [TerritoriesService, TerritoryLocator],
})
export class TerritoriesModule {}
