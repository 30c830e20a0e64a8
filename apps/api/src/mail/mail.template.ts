import type { LocalizedText } from '@agora/contracts';

/** A mail ready to send: one message, French first then English. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
}

/** What a bilingual mail says: paragraphs in each language and, optionally, one link to follow. */
export interface BilingualMailContent {
  to: string;
  subject: LocalizedText;
  paragraphs: { fr: string[]; en: string[] };
  action?: { url: string; label: LocalizedText };
}

const SEPARATOR = '— English version below —';

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Accounts hold no reliable language before the person chooses one, so every mail carries both
 * languages, French first (the platform's language), in plain text and in simple HTML.
 */
export function bilingualMail(content: BilingualMailContent): OutgoingMail {
  const { action } = content;
  const textPart = (lang: 'fr' | 'en') =>
    [...content.paragraphs[lang], ...(action ? [`${action.label[lang]} : ${action.url}`] : [])].join('\n\n');
  const htmlPart = (lang: 'fr' | 'en') =>
    `<div lang="${lang}">` +
    content.paragraphs[lang].map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    (action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label[lang])}</a></p>` : '') +
    `</div>`;
  return {
    to: content.to,
    subject: `${content.subject.fr} / ${content.subject.en}`,
    text: `${textPart('fr')}\n\n${SEPARATOR}\n\n${textPart('en')}\n`,
    html:
      `<!doctype html><html lang="fr"><body>${htmlPart('fr')}` +
      `<hr><p>${escapeHtml(SEPARATOR)}</p>${htmlPart('en')}</body></html>`,
  };
}

/** The links in a mail's text, in order and without duplicates (the dev outbox shows them to click). */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}
