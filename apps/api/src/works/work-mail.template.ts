import { bilingualMail } from '../mail/mail.template';
import type { OutgoingMail } from '../mail/mail.template';
import { workPageUrl } from './work.mapper';

export interface PendingUpdate {
  workId: string;
  title: string;
  occurredOn: string;
  text: string;
  unsubscribeToken: string;
}

export const unsubscribeUrl = (publicUrl: string, token: string) => `${publicUrl}/travaux/desabonnement?token=${encodeURIComponent(token)}`;

/** The API address mail providers POST to (RFC 8058); a GET there redirects to the web page above. */
export const oneClickUnsubscribeUrl = (publicUrl: string, token: string) => `${publicUrl}/api/works/unsubscribe/one-click?token=${encodeURIComponent(token)}`;

/**
 * RFC 2369 / RFC 8058 headers: the mail client's own « Se désabonner » button posts
 * `List-Unsubscribe=One-Click` to the URL, without opening anything (required by large providers
 * for bulk senders).
 */
export const listUnsubscribeHeaders = (publicUrl: string, token: string): Record<string, string> => ({
  'List-Unsubscribe': `<${oneClickUnsubscribeUrl(publicUrl, token)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

const frDate = (day: string) => day.split('-').reverse().join('/');

/** One update of a followed work, with its page and the one-click unsubscribe link. */
export function updateMail(to: string, update: PendingUpdate, publicUrl: string): OutgoingMail {
  const stop = unsubscribeUrl(publicUrl, update.unsubscribeToken);
  const mail = bilingualMail({
    to,
    subject: { fr: `Travaux : ${update.title}`, en: `Works: ${update.title}` },
    paragraphs: {
      fr: [`Du nouveau sur les travaux « ${update.title} » que vous suivez (${frDate(update.occurredOn)}) :`, update.text, `Ne plus suivre ces travaux, en un clic : ${stop}`],
      en: [`News about the works "${update.title}" you follow (${update.occurredOn}):`, update.text, `Stop following these works, in one click: ${stop}`],
    },
    action: { url: workPageUrl(publicUrl, update.workId), label: { fr: 'Voir le suivi des travaux', en: 'See the works’ progress' } },
  });
  return { ...mail, headers: listUnsubscribeHeaders(publicUrl, update.unsubscribeToken) };
}

/**
 * Every update still waiting for one follower, grouped in a single mail (daily digest). Each work has
 * its own unsubscribe link; `stopAllToken` (the List-Unsubscribe header and the last line) stops them all.
 */
export function digestMail(to: string, updates: readonly PendingUpdate[], stopAllToken: string, publicUrl: string): OutgoingMail {
  const works = new Map<string, PendingUpdate>();
  for (const update of updates) works.set(update.workId, update);
  const lines = (lang: 'fr' | 'en') =>
    updates.map((u) => (lang === 'fr' ? `« ${u.title} », ${frDate(u.occurredOn)} : ${u.text} (${workPageUrl(publicUrl, u.workId)})` : `"${u.title}", ${u.occurredOn}: ${u.text} (${workPageUrl(publicUrl, u.workId)})`));
  const stops = (lang: 'fr' | 'en') =>
    [...works.values()].map((u) => `${lang === 'fr' ? 'Ne plus suivre' : 'Stop following'} « ${u.title} » : ${unsubscribeUrl(publicUrl, u.unsubscribeToken)}`);
  const stopAll = unsubscribeUrl(publicUrl, stopAllToken);
  const mail = bilingualMail({
    to,
    subject: { fr: `Travaux suivis : ${updates.length} nouvelles`, en: `Works you follow: ${updates.length} updates` },
    paragraphs: {
      fr: ['Les dernières nouvelles des travaux que vous suivez :', ...lines('fr'), ...stops('fr'), `Ne plus recevoir aucun e-mail sur les travaux : ${stopAll}`],
      en: ['The latest news about the works you follow:', ...lines('en'), ...stops('en'), `Stop every e-mail about works: ${stopAll}`],
    },
  });
  return { ...mail, headers: listUnsubscribeHeaders(publicUrl, stopAllToken) };
}
