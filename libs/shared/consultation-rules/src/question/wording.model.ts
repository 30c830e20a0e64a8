/**
 * Text an official writes (a title, an option label). French is the source language of every
 * consultation; English is optional because most communes never translate their surveys.
 */
export interface Wording {
  fr: string;
  en?: string;
}

/**
 * Text this library writes for people (an error message). Always in both languages so the API and
 * the browser can show it whatever language the person chose.
 */
export interface LocalizedMessage {
  fr: string;
  en: string;
}
