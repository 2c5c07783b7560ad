import type { TargetField } from '../contact-fields';
import { headerKey } from './csv-records';

/**
 * Outlook (desktop "Export to a file" and outlook.com) CSV. Keys are
 * headerKey()-normalised. 'Title' is deliberately ignored: in Outlook it is
 * the honorific (Mr., Dr.), the job title lives in 'Job Title'.
 */
export const OUTLOOK_PRESET: Readonly<Record<string, TargetField>> = {
  title: 'ignore',
  'first name': 'givenName',
  'middle name': 'middleName',
  'last name': 'familyName',
  company: 'company',
  department: 'department',
  'job title': 'title',
  'e-mail address': 'email',
  'e-mail 2 address': 'email',
  'e-mail 3 address': 'email',
  'business phone': 'phone',
  'business phone 2': 'phone',
  'home phone': 'phone',
  'home phone 2': 'phone',
  'mobile phone': 'phone',
  'other phone': 'phone',
  'primary phone': 'phone',
  'company main phone': 'phone',
  'business fax': 'phone',
  'web page': 'website',
  'personal web page': 'website',
  birthday: 'birthday',
  anniversary: 'importantDate',
  notes: 'notes',
  categories: 'tags',
};

/** Outlook is recognised by the columns no other exporter uses together. */
export function isOutlookHeader(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return keys.has('e-mail address') && (keys.has('job title') || keys.has('business phone') || keys.has('mobile phone'));
}
