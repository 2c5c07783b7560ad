import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EventResponse } from '../../../domain/events/api';
import { Loading } from '../../components/Loading';
import { useAddPeopleMet, usePeopleMet, useSetListing } from './api';

/** After check-in: the other attendees who agreed to be listed; pick some to add to your network. */
export function PeopleMetCard({ e }: { e: EventResponse }) {
  const met = usePeopleMet(e.id, e.checkedIn);
  const add = useAddPeopleMet(e.id);
  const listing = useSetListing(e.id);
  const [picked, setPicked] = useState<string[]>([]);
  if (!e.checkedIn) return null;
  const toggle = (id: string) => setPicked((l) => (l.includes(id) ? l.filter((x) => x !== id) : [...l, id]));
  const submit = () =>
    add.mutate(picked, {
      onSuccess: (r) => {
        setPicked([]);
        notifications.show({
          color: 'teal',
          title: 'Added to your network',
          message: `${r.created} new contact${r.created === 1 ? '' : 's'}${r.existing ? `, ${r.existing} already in your network` : ''}. The event is logged with them, so keep-in-touch reminders start.`,
        });
      },
    });
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">People you met at {e.title}</Title>
          <Text size="sm" c="dimmed">Attendees who were checked in and agreed to be listed. Add them as contacts: the event becomes how you met.</Text>
        </div>
        {met.isPending && <Loading label="Loading people you met" />}
        {met.error && <Alert color="red" role="alert">{met.error.message}</Alert>}
        {met.data && met.data.items.length === 0 && <Text size="sm" c="dimmed">Nobody else who was there agreed to be listed.</Text>}
        {met.data?.items.map((p) => (
          <Group key={p.memberId} justify="space-between" wrap="nowrap">
            {p.contactId ? (
              <Group gap="xs">
                <Text>{p.name}</Text>
                <Badge variant="light" color="teal" component={Link} to={`/network/contacts/${p.contactId}`} style={{ cursor: 'pointer' }}>In your network</Badge>
              </Group>
            ) : (
              <Checkbox label={p.name} description={p.email ?? undefined} checked={picked.includes(p.memberId)} onChange={() => toggle(p.memberId)} />
            )}
          </Group>
        ))}
        {met.data && met.data.items.some((p) => !p.contactId) && (
          <Group>
            <Button leftSection={<IconUserPlus size={16} />} disabled={picked.length === 0} loading={add.isPending} onClick={submit}>
              Add {picked.length || ''} to my network
            </Button>
          </Group>
        )}
        {add.error && <Alert color="red" role="alert">{add.error.message}</Alert>}
        {e.canBeListed && (
          // Anyone who answered, or was checked in as a walk-in, decides whether they are listed.
          <Switch
            mt="xs"
            label="Let others who were there add me to their network"
            description="Other attendees see you under their People you met only while this is on."
            checked={e.listed}
            disabled={listing.isPending}
            onChange={(ev) => listing.mutate(ev.currentTarget.checked)}
          />
        )}
        {listing.error && <Alert color="red" role="alert">{listing.error.message}</Alert>}
      </Stack>
    </Card>
  );
}
