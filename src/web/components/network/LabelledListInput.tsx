import { ActionIcon, Autocomplete, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ContactFormValues } from './contact-form-values';

type ListField = 'emails' | 'phones' | 'importantDates';

const CONFIG: Record<ListField, { noun: string; labels: string[]; valueKey: 'value' | 'date'; type?: string; placeholder: string; valueHelp?: string }> = {
  emails: { noun: 'E-mail', labels: ['work', 'personal', 'home', 'other'], valueKey: 'value', type: 'email', placeholder: 'name@example.com' },
  phones: { noun: 'Phone', labels: ['mobile', 'work', 'home', 'other'], valueKey: 'value', type: 'tel', placeholder: '+1 555 010 2000' },
  importantDates: {
    noun: 'Date',
    labels: ['work anniversary', 'wedding anniversary', 'connected on', 'graduation'],
    valueKey: 'date',
    placeholder: 'YYYY-MM-DD or --MM-DD',
  },
};

/** A list of (label, value) rows with add and remove: e-mails, phones, important dates. */
export function LabelledListInput({ form, field, title }: { form: UseFormReturnType<ContactFormValues>; field: ListField; title: string }) {
  const cfg = CONFIG[field];
  const rows = form.getValues()[field];
  const blank = field === 'importantDates' ? { label: '', date: '' } : { label: '', value: '' };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`${field}-heading`}>{title}</Text>
      {rows.length === 0 && <Text size="xs" c="dimmed">None yet.</Text>}
      {rows.map((_, i) => (
        <Group key={form.key(`${field}.${i}`)} gap="xs" align="flex-start" wrap="nowrap">
          <Autocomplete
            aria-label={`${cfg.noun} ${i + 1} label`}
            placeholder={field === 'importantDates' ? 'What' : 'Label'}
            data={cfg.labels}
            w={field === 'importantDates' ? 190 : 120}
            style={{ flexShrink: 0 }}
            {...form.getInputProps(`${field}.${i}.label`)}
            key={form.key(`${field}.${i}.label`)}
          />
          <TextInput
            aria-label={`${cfg.noun} ${i + 1}`}
            type={cfg.type}
            placeholder={cfg.placeholder}
            style={{ flex: 1, minWidth: 0 }}
            {...form.getInputProps(`${field}.${i}.${cfg.valueKey}`)}
            key={form.key(`${field}.${i}.${cfg.valueKey}`)}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Remove ${cfg.noun.toLowerCase()} ${i + 1}`} onClick={() => form.removeListItem(field, i)}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(field, { ...blank })}>
          Add {cfg.noun.toLowerCase()}
        </Button>
      </Group>
    </Stack>
  );
}
