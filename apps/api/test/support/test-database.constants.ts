/** The migrated database that every test file's fresh database is cloned from. */
export const TEMPLATE_DATABASE = 'agora_template';
