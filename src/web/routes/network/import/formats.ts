import type { ImportFormat } from '../../../../domain/network/contact-fields';

export const FORMATS: { value: ImportFormat; title: string; file: string; how: string; accept: string[] }[] = [
  {
    value: 'linkedin',
    title: 'LinkedIn connections',
    file: 'Connections.csv',
    how: 'LinkedIn → Me → Settings & Privacy → Data privacy → Get a copy of your data → Connections. The e-mail arrives within minutes; unzip it.',
    accept: ['.csv'],
  },
  {
    value: 'vcard',
    title: 'vCard',
    file: '.vcf',
    how: 'iPhone/Mac: Contacts → select all → File → Export vCard. Android: Contacts → Fix & manage → Export to file.',
    accept: ['.vcf', '.vcard'],
  },
  {
    value: 'google_csv',
    title: 'Google Contacts',
    file: 'contacts.csv',
    how: 'contacts.google.com → Export → “Google CSV”.',
    accept: ['.csv'],
  },
  {
    value: 'csv',
    title: 'Other CSV (Outlook, spreadsheets)',
    file: '.csv',
    how: 'Outlook: File → Open & Export → Import/Export → Export to a file → CSV. From a spreadsheet: File → Download → CSV. You map the columns next.',
    accept: ['.csv', '.txt'],
  },
];

export const formatInfo = (f: ImportFormat) => FORMATS.find((x) => x.value === f)!;
