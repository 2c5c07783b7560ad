import type { ParseReport } from '../contact-fields';
import { ImportFileError, buildReport, cellValue, headerKey, readCsvRecords } from './csv-records';
import type { DateOrder } from './dates';
import {
  addEmail,
  addImportantDate,
  addNote,
  addPhone,
  addTag,
  addUrl,
  newDraft,
  setBirthday,
  splitMulti,
  type ContactDraft,
} from './draft';

/**
 * Google Contacts CSV, both header generations:
 *  - current: First Name / Middle Name / Last Name / Organization Name / Labels / "E-mail 1 - Label"
 *  - legacy:  Name / Given Name / Family Name / Organization 1 - Name / Group Membership / "E-mail 1 - Type"
 * Columns are recognised by name, so column order and unknown columns do not matter.
 */
type Scalar =
  | 'displayName' | 'givenName' | 'middleName' | 'familyName'
  | 'company' | 'title' | 'department' | 'birthday' | 'notes' | 'tags';

const SCALARS: Record<string, Scalar> = {
  name: 'displayName',
  'first name': 'givenName',
  'given name': 'givenName',
  'middle name': 'middleName',
  'additional name': 'middleName',
  'last name': 'familyName',
  'family name': 'familyName',
  'organization name': 'company',
  'organization title': 'title',
  'organization department': 'department',
  birthday: 'birthday',
  notes: 'notes',
  labels: 'tags',
  'group membership': 'tags',
};

type GroupKind = 'e-mail' | 'phone' | 'website' | 'event' | 'organization';
type Group = { kind: GroupKind; n: number; label?: number; value?: number; name?: number; title?: number; department?: number };

const GROUP_HEADER = /^(e-mail|phone|website|event|organization) (\d+) - (label|type|value|name|title|department)$/;

export function parseGoogleCsv(text: string, options: { dateOrder?: DateOrder } = {}): ParseReport {
  const records = readCsvRecords(text, { delimiter: ',' });
  const headerRecord = records[0];
  if (!headerRecord) throw new ImportFileError('The file is empty.');
  const header = headerRecord.cells.map(headerKey);

  const scalars: [number, Scalar][] = [];
  const groups = new Map<string, Group>();
  header.forEach((key, index) => {
    const scalar = Object.hasOwn(SCALARS, key) ? SCALARS[key] : undefined;
    if (scalar) {
      scalars.push([index, scalar]);
      return;
    }
    const m = GROUP_HEADER.exec(key);
    if (!m) return;
    const kind = m[1] as GroupKind;
    const id = `${kind} ${m[2]}`;
    const group = groups.get(id) ?? { kind, n: Number(m[2]) };
    const part = m[3] === 'type' ? 'label' : (m[3] as 'label' | 'value' | 'name' | 'title' | 'department');
    group[part] = index;
    groups.set(id, group);
  });

  const hasName = scalars.some(([, s]) => s === 'givenName' || s === 'familyName' || s === 'displayName');
  const hasGoogleColumns = groups.size > 0 || scalars.some(([, s]) => s === 'tags');
  if (!hasName || !hasGoogleColumns) {
    throw new ImportFileError(
      'This does not look like a Google Contacts CSV: expected columns such as "First Name" and "E-mail 1 - Value".',
    );
  }
  // Lower-numbered groups first so 'E-mail 1' stays the primary address.
  const orderedGroups = [...groups.values()].sort((a, b) => a.n - b.n);

  return buildReport(records.slice(1), (cells) => {
    const draft = newDraft(options.dateOrder ?? 'mdy');
    for (const [index, field] of scalars) applyScalar(draft, field, cellValue(cells, index));
    for (const group of orderedGroups) applyGroup(draft, group, cells);
    return draft;
  });
}

function applyScalar(draft: ContactDraft, field: Scalar, value: string | null): void {
  if (!value?.trim()) return;
  switch (field) {
    case 'birthday':
      setBirthday(draft, value);
      return;
    case 'notes':
      addNote(draft, value);
      return;
    case 'tags':
      for (const tag of splitMulti(value)) addTag(draft, tag);
      return;
    default:
      draft[field] ??= value;
  }
}

function applyGroup(draft: ContactDraft, group: Group, cells: readonly string[]): void {
  const label = cellValue(cells, group.label);
  const values = splitMulti(cellValue(cells, group.value));
  switch (group.kind) {
    case 'e-mail':
      for (const v of values) addEmail(draft, v, label);
      return;
    case 'phone':
      for (const v of values) addPhone(draft, v, label);
      return;
    case 'website':
      for (const v of values) addUrl(draft, v);
      return;
    case 'event':
      for (const v of values) addImportantDate(draft, label, v);
      return;
    case 'organization': {
      // The first organisation is the current one; later ones would mix titles across employers.
      if (draft.company) return;
      draft.company = nonEmpty(cellValue(cells, group.name));
      draft.title ??= nonEmpty(cellValue(cells, group.title));
      draft.department ??= nonEmpty(cellValue(cells, group.department));
      return;
    }
  }
}

function nonEmpty(value: string | null): string | null {
  return value?.trim() ? value : null;
}
