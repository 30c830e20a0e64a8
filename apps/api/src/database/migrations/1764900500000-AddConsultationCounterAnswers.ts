import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations that take answers at the town-hall counter. In those, every respondent (online too)
 * is also registered by a salted hash of name and birth date, so that a person who answered online
 * cannot answer again at the counter, nor the reverse: the register's unique keys refuse the second.
 * Consultations that already took counter answers keep taking them.
 *
 * Drafts of anonymous consultations move to the resident's browser: a server-side draft is an account
 * next to partial answers. The ones already stored are dropped (residents keep what they submitted).
 */
export class AddConsultationCounterAnswers1764900500000 implements MigrationInterface {
  name = 'AddConsultationCounterAnswers1764900500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE consultations ADD COLUMN counter_answers boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `UPDATE consultations c SET counter_answers = true
       WHERE EXISTS (SELECT 1 FROM consultation_participations p WHERE p.consultation_id = c.id AND p.channel = 'counter')`,
    );
    await queryRunner.query(
      `DELETE FROM consultation_drafts WHERE consultation_id IN (SELECT id FROM consultations WHERE anonymous)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE consultations DROP COLUMN counter_answers`);
  }
}
