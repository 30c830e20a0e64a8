/**
 * Puts a text in the form it is stored and counted in: Unicode NFC (an "é" typed on a Mac and on
 * Windows counts as one character and compares equal), Windows line breaks as "\n" (browsers submit
 * textarea lines as "\r\n", which would count twice), and no spaces at either end.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/**
 * Number of characters as a person counts them: code points, so an emoji counts as one. The browser
 * uses this same function for its "il reste N caractères" counter, so it agrees with the server.
 */
export function countCharacters(text: string): number {
  let count = 0;
  // The string iterator walks code points, not UTF-16 units.
  for (const _ of text) count++;
  return count;
}
