import sanitizeHtml from 'sanitize-html';

import type { ProposalDescriptionFormat } from '@agora/contracts';

/**
 * What a resident may format: paragraphs, emphasis, lists, quotes, sub-headings and links. No images,
 * styles, scripts or frames: the description is shown to everyone, staff included, so anything that
 * could run or track is dropped on the way in.
 */
const RICH_TEXT: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Links written by residents must not pass on the platform's reputation nor get a handle on the page.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
  disallowedTagsMode: 'discard',
};

// Invisible characters that break display and search; tabs and line breaks stay.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The description as stored: plain text trimmed, or HTML reduced to the allow-list above. */
export function cleanDescription(description: string, format: ProposalDescriptionFormat): string {
  const text = description.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
  if (format === 'text') return text.trim();
  return sanitizeHtml(text, RICH_TEXT).trim();
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** The words of a description without its formatting, e.g. for an excerpt or to check it is not empty. */
export function plainTextOf(description: string, format: ProposalDescriptionFormat): string {
  if (format === 'text') return description.trim();
  const withoutTags = sanitizeHtml(description.replace(/<\/(p|li|h3|h4|blockquote)>|<br\s*\/?>/gi, ' '), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return withoutTags
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of the description for lists, cut on a word boundary. */
export function excerptOf(description: string, format: ProposalDescriptionFormat, maxLength = 200): string {
  const text = plainTextOf(description, format);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
