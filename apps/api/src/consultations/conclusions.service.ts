import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { ConclusionsRequest, StaffConsultationDetail } from '@agora/contracts';
import type { ConsultationDefinition } from '@agora/consultation-rules';

import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { bilingualMail } from '../mail/mail.template';
import { sanitizeRichText } from '../processes/rich-text.rule';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import type { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_OWNERS, ConsultationFinder } from './consultation.finder';
import { isClosed } from './consultation.mapper';
import {
  ConsultationExportsService,
  EXPORT_FILENAMES,
  type ExportKind,
} from './consultation-exports.service';
import { ConsultationViewService } from './consultation-view.service';

const OPEN_DATA_KINDS: ExportKind[] = ['answers-csv', 'answers-xlsx', 'results-json'];

export function openDataKey(consultationId: string, kind: ExportKind): string {
  return `consultations/${consultationId}/open-data-${kind}.${EXPORT_FILENAMES[kind].split('.').pop()}`;
}

/**
 * "Ce que nous retenons" and the decisions: written by officials, published once the consultation is
 * closed, together with the final results as open data; respondents who asked are told by e-mail.
 */
@Injectable()
export class ConclusionsService {
  private readonly logger = new Logger('ConsultationConclusions');

  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly view: ConsultationViewService,
    private readonly exports: ConsultationExportsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async save(
    actorId: string,
    ref: string,
    body: ConclusionsRequest,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    const consultation = await this.dataSource.transaction(async (manager) => {
      const found = await this.finder.find(ref, manager, 'update');
      await this.finder.requireRole(actorId, CONSULTATION_OWNERS, found, manager);
      if (found.status === 'draft') {
        throw consultationErrors.wrongStatus({
          fr: 'Publiez la consultation avant d’en écrire les conclusions.',
          en: 'Publish the consultation before writing its conclusions.',
        });
      }
      const before = { retainedHtml: found.retainedHtml, decisionsHtml: found.decisionsHtml };
      found.retainedHtml = sanitizeRichText(body.retainedHtml);
      found.decisionsHtml = sanitizeRichText(body.decisionsHtml ?? '');
      if (!found.retainedHtml) throw consultationErrors.conclusionsMissing();
      found.updatedAt = new Date();
      await manager.save(found);
      await this.audit.record(
        {
          actorId,
          action: 'consultation.conclusions',
          objectType: 'consultation',
          objectId: found.id,
          territoryId: found.territoryId,
          before,
          after: { retainedHtml: found.retainedHtml, decisionsHtml: found.decisionsHtml },
        },
        manager,
      );
      return found;
    });
    return this.view.staffDetail(consultation, actorId);
  }

  /** Publishes conclusions and final results: builds and stores the open-data files, then e-mails respondents. */
  async publish(actorId: string, ref: string): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    const consultation = await this.dataSource.transaction(async (manager) => {
      const found = await this.finder.find(ref, manager, 'update');
      await this.finder.requireRole(actorId, CONSULTATION_OWNERS, found, manager);
      if (!isClosed(found, new Date())) {
        throw consultationErrors.wrongStatus({
          fr: 'Les conclusions se publient une fois la consultation close.',
          en: 'Conclusions are published once the consultation is closed.',
        });
      }
      if (!found.retainedHtml) throw consultationErrors.conclusionsMissing();
      if (found.status !== 'closed') {
        found.status = 'closed';
        found.closedAt = found.closesAt ?? new Date();
      }
      found.conclusionsPublishedAt = new Date();
      found.updatedAt = new Date();
      await manager.save(found);
      await this.storeOpenData(manager, found);
      await this.audit.record(
        {
          actorId,
          action: 'consultation.publish-conclusions',
          objectType: 'consultation',
          objectId: found.id,
          territoryId: found.territoryId,
          after: { publishedAt: found.conclusionsPublishedAt },
        },
        manager,
      );
      return found;
    });
    await this.notifyRespondents(consultation);
    return this.view.staffDetail(consultation, actorId);
  }

  /** Builds the open-data files from the answers as they are in this transaction, and records their SHA-256. */
  async storeOpenData(manager: EntityManager, consultation: ConsultationEntity): Promise<void> {
    for (const kind of OPEN_DATA_KINDS) {
      const file = await this.exports.build(consultation, kind, manager);
      const key = openDataKey(consultation.id, kind);
      await this.storage.put(key, file.content, file.contentType);
      await manager.query(
        `INSERT INTO consultation_open_data (consultation_id, kind, filename, storage_key, sha256, bytes) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (consultation_id, kind) DO UPDATE SET filename = EXCLUDED.filename, storage_key = EXCLUDED.storage_key,
           sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes, published_at = now()`,
        [consultation.id, kind, file.filename, key, file.sha256, file.content.length],
      );
    }
  }

  /**
   * Once per person: the register says who asked (never the answers). A mail that fails stays
   * un-notified and is retried on the next publication.
   */
  private async notifyRespondents(consultation: ConsultationEntity): Promise<void> {
    const people: Array<{ id: string; email: string }> = await this.dataSource.query(
      `SELECT p.id, a.email FROM consultation_participations p JOIN accounts a ON a.id = p.account_id
       WHERE p.consultation_id = $1 AND p.notify AND p.notified_at IS NULL AND a.email IS NOT NULL AND a.deleted_at IS NULL`,
      [consultation.id],
    );
    const url = `${this.config.publicUrl}/consultations/${consultation.slug}`;
    for (const person of people) {
      const sent = await this.mail.sendQuietly(
        bilingualMail({
          to: person.email,
          subject: {
            fr: `Ce que nous retenons — ${consultation.title}`,
            en: `What we retain — ${consultation.title}`,
          },
          paragraphs: {
            fr: [
              `Vous avez répondu à la consultation « ${consultation.title} ». Merci !`,
              'Les résultats et ce que la collectivité en retient sont publiés.',
            ],
            en: [
              `You answered the consultation "${consultation.title}". Thank you!`,
              'The results and what the local authority retains from them are published.',
            ],
          },
          action: { url, label: { fr: 'Lire les conclusions', en: 'Read the conclusions' } },
        }),
      );
      if (sent)
        await this.dataSource.query(
          `UPDATE consultation_participations SET notified_at = now() WHERE id = $1`,
          [person.id],
        );
    }
    if (people.length) this.logger.log(`Conclusions mailed for consultation ${consultation.id}`);
  }
}
