import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Contact } from '../../../domain/network/api';
import { CircleBadge, ContactAvatar, workLine } from './CircleBadge';
import { lastContactedLabel } from './dates';
import classes from './network.module.css';
import { StarButton } from './StarButton';

/** One contact in the list: the whole card opens the contact; the star toggles in place. */
export function ContactRow({ contact }: { contact: Contact }) {
  const work = workLine(contact);
  const last = lastContactedLabel(contact.lastContactedAt);
  return (
    <Paper withBorder p="sm" className={classes.row} component="li" style={{ listStyle: 'none' }}>
      <Group wrap="nowrap" gap="sm" align="center">
        <ContactAvatar contact={contact} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="nowrap">
            <Text component={Link} to={`/network/contacts/${contact.id}`} className={classes.rowLink} fw={600} truncate>
              {contact.displayName}
            </Text>
          </Group>
          {work && <Text size="sm" c="dimmed" truncate>{work}</Text>}
          <Group gap={6} hiddenFrom="sm" mt={2}>
            <CircleBadge circle={contact.circle} />
            <Text size="xs" c="dimmed">Last contact: {last}</Text>
          </Group>
        </Stack>
        <Group gap="md" wrap="nowrap" visibleFrom="sm">
          {contact.tags.slice(0, 2).map((t) => (
            <Badge key={t} variant="outline" color="gray" radius="sm" tt="none" fw={500}>{t}</Badge>
          ))}
          <CircleBadge circle={contact.circle} />
          <Stack gap={0} align="flex-end" w={120}>
            <Text size="xs" c="dimmed">Last contacted</Text>
            <Text size="sm" fw={contact.lastContactedAt ? 500 : 400} c={contact.lastContactedAt ? undefined : 'dimmed'}>{last}</Text>
          </Stack>
        </Group>
        <StarButton contact={contact} className={classes.above} />
      </Group>
    </Paper>
  );
}
