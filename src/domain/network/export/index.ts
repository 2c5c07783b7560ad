export { contactsToCsv, CSV_EXPORT_HEADER } from './csv';
export { contactToVcard, contactsToVcard, escapeText, foldLine } from './vcard';
