import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconMessagePlus, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { networkKeys, useContact, useDeleteContact } from '../../api/network';
import { CircleBadge, ContactAvatar, workLine } from '../../components/network/CircleBadge';
import { ContactFormModal } from '../../components/network/ContactFormModal';
import { useLogInteraction } from '../../components/network/LogInteractionProvider';
import { StarButton } from '../../components/network/StarButton';
import { ContactDetails } from './ContactDetails';
import { ContactTimeline } from './ContactTimeline';
import { Loading } from '../../components/Loading';

export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure();
  const del = useDeleteContact();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const log = useLogInteraction();

  if (contact.isPending) return <Loading label="Loading contact" />;
  if (contact.error || !contact.data) {
    const gone = contact.error instanceof ApiError && contact.error.status === 404;
    return (
      <Stack maw={600}>
        <Alert color={gone ? 'gray' : 'red'} title={gone ? 'Contact not found' : 'Could not load this contact'} role="alert">
          {gone ? 'It may have been deleted or merged into another contact.' : contact.error?.message}
        </Alert>
        <Anchor component={Link} to="/network">Back to your network</Anchor>
      </Stack>
    );
  }
  const c = contact.data;
  const logWith = () => log.open({ people: [{ id: c.id, displayName: c.displayName, company: c.company }] });

  const undo = async (notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await api('POST', `/contacts/${c.id}/restore`);
      await qc.invalidateQueries({ queryKey: networkKeys.all });
      notifications.show({ color: 'teal', message: `${c.displayName} is back` });
      navigate(`/network/contacts/${c.id}`);
    } catch (err) {
      notifications.show({ color: 'red', message: err instanceof Error ? err.message : 'Could not restore the contact' });
    }
  };
  const remove = () =>
    del.mutate(c.id, {
      onSuccess: () => {
        const nid = `deleted-${c.id}`;
        notifications.show({
          id: nid,
          autoClose: 10_000,
          title: `Deleted ${c.displayName}`,
          message: (
            <Group justify="space-between" gap="xs">
              <Text size="sm">Their interactions are kept with the others involved.</Text>
              <Button size="compact-sm" variant="light" onClick={() => void undo(nid)}>Undo</Button>
            </Group>
          ),
        });
        navigate('/network');
      },
      onError: (err) => notifications.show({ color: 'red', message: err.message }),
    });

  const work = workLine(c);
  return (
    <Stack gap="lg" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/network" size="sm">Network</Anchor>
        <Text size="sm" c="dimmed">{c.displayName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
          <ContactAvatar contact={c} size={64} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Title order={2} style={{ overflowWrap: 'anywhere' }}>{c.displayName}</Title>
              <StarButton contact={c} size="lg" />
            </Group>
            {work && <Text c="dimmed">{work}</Text>}
            <Group gap={6}><CircleBadge circle={c.circle} /></Group>
          </Stack>
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconMessagePlus size={16} />} onClick={logWith}>Log interaction</Button>
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={openEdit}>Edit</Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} loading={del.isPending} onClick={remove}>Delete</Button>
        </Group>
      </Group>
      <Grid gap="lg">
        {/* On a phone the timeline comes first: it is what changes. */}
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }}><ContactDetails contact={c} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }}><ContactTimeline contact={c} onLog={logWith} /></Grid.Col>
      </Grid>
      <ContactFormModal opened={editing} onClose={closeEdit} contact={c} />
    </Stack>
  );
}
