import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAddressBook, IconBrandGoogle, IconBrandLinkedin, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ImportFormat } from '../../../../domain/network/contact-fields';
import { FORMATS } from './formats';

const ICONS: Record<ImportFormat, typeof IconBrandLinkedin> = {
  linkedin: IconBrandLinkedin,
  vcard: IconAddressBook,
  google_csv: IconBrandGoogle,
  csv: IconFileSpreadsheet,
};

export function FormatStep({ value, onChange }: { value: ImportFormat | null; onChange: (f: ImportFormat) => void }) {
  return (
    <Radio.Group value={value} onChange={(v) => onChange(v as ImportFormat)} label="Where are your contacts coming from?" aria-describedby="format-help">
      <Text size="sm" c="dimmed" id="format-help" mb="sm">Export them from the other service first; one line below says how.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {FORMATS.map((f) => {
          const Icon = ICONS[f.value];
          return (
            <Radio.Card key={f.value} value={f.value} p="md" radius="md" withBorder style={{ height: '100%' }}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={4}>
                  <Group gap={6}>
                    <Icon size={18} />
                    <Text fw={600}>{f.title}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">{f.file}</Text>
                  </Group>
                  <Text size="sm" c="dimmed">{f.how}</Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
