import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { MailService } from '../mail/mail.service';
import { bilingualMail } from '../mail/mail.template';

/** Sends a voter their receipt code, to the address of their account only. */
@Injectable()
export class ReceiptMailer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** After the commit, and quietly: the vote is recorded whether or not the mail leaves. */
  async send(accountId: string, title: string, code: string): Promise<boolean> {
    const [account]: Array<{ email: string | null }> = await this.dataSource.query(`SELECT email FROM accounts WHERE id = $1`, [accountId]);
    if (!account?.email) return false;
    return this.mail.sendQuietly(
      bilingualMail({
        to: account.email,
        subject: { fr: `Votre récépissé de vote — ${title}`, en: `Your voting receipt — ${title}` },
        paragraphs: {
          fr: [
            `Votre vote pour « ${title} » est enregistré.`,
            `Votre code de vérification : ${code}`,
            'Après la publication des résultats, ce code vous permet de retrouver votre bulletin anonyme dans le fichier publié. Personne d’autre ne connaît ce code : gardez-le pour vous.',
          ],
          en: [
            `Your vote for "${title}" is recorded.`,
            `Your verification code: ${code}`,
            'Once the results are published, this code lets you find your anonymous ballot in the published file. Nobody else knows this code: keep it to yourself.',
          ],
        },
      }),
    );
  }
}
