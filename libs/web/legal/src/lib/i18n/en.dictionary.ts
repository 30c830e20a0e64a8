import { legalFr } from './fr.dictionary';

export const legalEn: Record<keyof typeof legalFr, string> = {
  'legal.frenchOnly': 'The information below is published by the local authority, in French.',

  'legal.notice.title': 'Legal notice',
  'legal.notice.publisher': 'Publisher',
  'legal.notice.director': 'Director of publication',
  'legal.notice.host': 'Hosting',
  'legal.notice.software': 'Software',
  'legal.notice.softwareText':
    'This site runs Agora, free software for citizen participation published under the GNU AGPL 3.0 licence.',

  'legal.data.title': 'Personal data',
  'legal.data.lead': 'What we hold about you, why, for how long, and how to exercise your rights.',
  'legal.data.controller': 'Data controller',
  'legal.data.dpo': 'Data protection officer',
  'legal.data.processing': 'Data processed and purposes',
  'legal.data.retention': 'Retention period',
  'legal.data.cookies': 'Cookies',
  'legal.data.cookiesText':
    'This site only sets cookies it needs to work: one keeps you signed in, another protects your actions against request forgery, and, if you choose a language, a last one remembers it to show the pages in that language. No audience measurement or advertising cookie is used, so no consent is asked for.',
  'legal.data.rights': 'Your rights',
  'legal.data.rightsText':
    'You can access your data, correct it, erase it, restrict its use, object to its processing and receive it in a reusable format.',
  'legal.data.rightsAccount': 'Download your data or delete your account yourself:',
  'legal.data.rightsAccountLink': 'My account',
  'legal.data.rightsDpo': 'For any other request, write to the data protection officer named above.',
  'legal.data.rightsCnil': 'If you think your rights are not respected, you can complain to the CNIL:',
  'legal.data.rightsCnilLink': 'complain to the CNIL (in French)',

  'legal.a11y.title': 'Accessibility statement',
  'legal.a11y.commitment':
    '{publisher} is committed to making its websites accessible in accordance with article 47 of French law no. 2005-102 of 11 February 2005.',
  'legal.a11y.scope': 'This accessibility statement applies to the Agora citizen participation platform.',
  'legal.a11y.statusTitle': 'Compliance status',
  'legal.a11y.statusFull': 'This site is fully compliant with the French accessibility standard (RGAA).',
  'legal.a11y.statusPartial':
    'This site is partially compliant with the French accessibility standard (RGAA).',
  'legal.a11y.statusNone': 'This site is not compliant with the French accessibility standard (RGAA).',
  'legal.a11y.detailsTitle': 'Test results and non-accessible content',
  'legal.a11y.techTitle': 'Technologies used',
  'legal.a11y.contactTitle': 'Feedback and contact',
  'legal.a11y.contactText':
    'If you cannot access some content or a service, contact us to be directed to an accessible alternative or to get the content in another form.',
  'legal.a11y.recourseTitle': 'Legal recourse',
  'legal.a11y.recourseText':
    'If you reported an accessibility barrier that prevents you from accessing content or a service and did not get a satisfactory answer, you can refer the matter to the Défenseur des droits (French rights ombudsman):',
  'legal.a11y.recourseForm': 'write to the Défenseur des droits (online form, in French)',
  'legal.a11y.recourseDelegate': 'contact the Défenseur des droits delegate in your region (in French)',
  'legal.a11y.recoursePost':
    'send a letter, free of charge and without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
};
