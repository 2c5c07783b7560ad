import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartDonut, IconCopy, IconFileImport, IconSearchOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useContactList } from '../../api/network';
import { ContactFormModal } from '../../components/network/ContactFormModal';
import { ContactRow } from '../../components/network/ContactRow';
import { ExportMenu } from '../../components/network/ExportMenu';
import { ContactFiltersBar } from './ContactFiltersBar';
import { useContactFilters } from './use-contact-filters';

export function ContactListPage() {
  const { state, update, query, active, clear } = useContactFilters();
  const contacts = useContactList(query);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure();
  const navigate = useNavigate();
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const total = contacts.data?.pages[0]?.total;
  const noContactsAtAll = total === 0 && !active;

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>Network</Title>
          <Text c="dimmed" aria-live="polite">
            {total === undefined ? 'Everyone you know professionally.' : `${total} ${total === 1 ? 'contact' : 'contacts'}${active ? ' match' : ''}`}
          </Text>
        </div>
        <Group gap="xs">
          <Button leftSection={<IconUserPlus size={16} />} onClick={openAdd}>Add contact</Button>
          <Button variant="default" component={Link} to="/network/import" leftSection={<IconFileImport size={16} />}>Import</Button>
          <ExportMenu />
          <Button variant="default" component={Link} to="/network/overview" leftSection={<IconChartDonut size={16} />}>Overview</Button>
          <Button variant="default" component={Link} to="/network/duplicates" leftSection={<IconCopy size={16} />}>Duplicates</Button>
        </Group>
      </Group>

      {!noContactsAtAll && <ContactFiltersBar state={state} update={update} />}

      {contacts.isPending && (
        <Center py="xl" aria-busy="true"><Loader aria-label="Loading contacts" /></Center>
      )}
      {contacts.error && (
        <Alert color="red" title="Could not load your contacts" role="alert">
          {contacts.error.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => contacts.refetch()}>Try again</Button>
        </Alert>
      )}

      {noContactsAtAll && (
        <EmptyState
          py={48}
          variant="light"
          icon={<IconUsers size={28} />}
          title="Your network starts here"
          description="Add the people you know, or bring them in from LinkedIn, your phone (vCard) or Google Contacts. Duplicates are merged, never dropped."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconUserPlus size={16} />} onClick={openAdd}>Add contact</Button>
            <Button variant="default" component={Link} to="/network/import" leftSection={<IconFileImport size={16} />}>Import contacts</Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {total === 0 && active && (
        <EmptyState
          py={40}
          icon={<IconSearchOff size={28} />}
          withIndicatorBackground
          title="No contacts match"
          description={state.q ? `Nobody matches “${state.q}” with these filters.` : 'Nobody matches these filters.'}
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={clear}>Clear search and filters</Button>
          </EmptyState.Actions>
        </EmptyState>
      )}

      {items.length > 0 && (
        <Stack component="ul" gap={8} p={0} m={0} aria-label="Contacts" style={{ opacity: contacts.isPlaceholderData ? 0.6 : 1 }}>
          {items.map((c) => <ContactRow key={c.id} contact={c} />)}
        </Stack>
      )}
      {contacts.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={contacts.isFetchingNextPage} onClick={() => contacts.fetchNextPage()}>
            Load more ({items.length} of {total})
          </Button>
        </Group>
      )}

      <ContactFormModal opened={adding} onClose={closeAdd} onSaved={(c) => navigate(`/network/contacts/${c.id}`)} />
    </Stack>
  );
}
