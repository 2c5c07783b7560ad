import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';

export function Logo() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon radius="md" size={30} color="teal" aria-hidden>
        <IconPlant2 size={20} />
      </ThemeIcon>
      <Text fw={700} size="lg">Trellis</Text>
    </Group>
  );
}
