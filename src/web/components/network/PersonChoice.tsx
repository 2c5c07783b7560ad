import type { ReactNode } from 'react';
import { SegmentedControl, Text, TextInput } from '@mantine/core';
import { ContactPicker, type PickedContact } from './ContactPicker';

export type Who = 'existing' | 'new';

type Props = {
  who: Who;
  onWho: (who: Who) => void;
  picked: PickedContact[];
  onPicked: (picked: PickedContact[]) => void;
  name: string;
  onName: (name: string) => void;
  pickerLabel: string;
  pickerDescription?: string;
  /** Field errors by API path (contactId, newContact.*). */
  errors: Record<string, string>;
  /** More fields of the new contact, below its name. */
  children?: ReactNode;
};

/**
 * "Someone in my network" (one contact from the picker) or "someone new" (a contact created with the
 * record): the person part of forms that are about one person, like an interview or a mentor.
 */
export function PersonChoice(p: Props) {
  return (
    <>
      <SegmentedControl
        aria-label="Who"
        fullWidth
        value={p.who}
        onChange={(v) => p.onWho(v as Who)}
        data={[{ value: 'existing', label: 'Someone in my network' }, { value: 'new', label: 'Someone new' }]}
      />
      {p.who === 'existing' ? (
        <ContactPicker label={p.pickerLabel} value={p.picked} onChange={(v) => p.onPicked(v.slice(-1))} error={p.errors.contactId} description={p.pickerDescription} />
      ) : (
        <>
          <TextInput label="Name" required value={p.name} onChange={(ev) => p.onName(ev.currentTarget.value)} error={p.errors['newContact.displayName'] ?? p.errors.contactId} />
          {p.children}
          <Text size="xs" c="dimmed">They are added to your network too.</Text>
        </>
      )}
    </>
  );
}

/** The client-side check of a PersonChoice, with the same paths the API answers with. */
export function personErrors(who: Who, picked: PickedContact[], name: string, pickMessage: string): Record<string, string> {
  if (who === 'existing' && !picked[0]) return { contactId: pickMessage };
  if (who === 'new' && !name.trim()) return { 'newContact.displayName': 'Enter their name' };
  return {};
}
