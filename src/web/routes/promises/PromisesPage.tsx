import { Alert, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CommitmentResponse } from '../../../domain/follow-through/api';
import { useCommitments } from '../../api/follow-through';
import { CommitmentFormModal } from './CommitmentFormModal';
import { CommitmentRow } from './CommitmentRow';
import { isClosed } from './promise-labels';

type Tab = 'they_offered' | 'i_promised' | 'closed';

const EMPTY: Record<Tab, string> = {
  they_offered: 'No open offers. When someone offers to introduce you, review your CV or meet again, note it here: you own the follow-through.',
  i_promised: 'Nothing you promised is open. Note what you said you would send or do, so it does not slip.',
  closed: 'Promises that were thanked for or dropped end up here.',
};

/** The promises ledger: offers others made, what you promised, and what is closed. */
export function PromisesPage() {
  const list = useCommitments();
  const [tab, setTab] = useState<Tab>('they_offered');
  // The edited promise stays set while the modal closes, so its title does not flip mid-animation.
  const [form, setForm] = useState<{ open: boolean; editing: CommitmentResponse | null }>({ open: false, editing: null });
  const items = list.data?.items ?? [];
  const of = (t: Tab): CommitmentResponse[] => (t === 'closed' ? items.filter(isClosed) : items.filter((c) => c.direction === t && !isClosed(c)));
  const count = (t: Tab) => (list.data ? ` (${of(t).length})` : '');

  return (
    <Stack gap="lg" maw={860}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Promises</Title>
          <Text c="dimmed">Offers others made you, and what you promised. The loop is owned by whoever needs it.</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ open: true, editing: null })}>New promise</Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)}>
        <Tabs.List>
          <Tabs.Tab value="they_offered">They offered{count('they_offered')}</Tabs.Tab>
          <Tabs.Tab value="i_promised">I promised{count('i_promised')}</Tabs.Tab>
          <Tabs.Tab value="closed">Closed{count('closed')}</Tabs.Tab>
        </Tabs.List>
        {(['they_offered', 'i_promised', 'closed'] as const).map((t) => (
          <Tabs.Panel key={t} value={t} pt="md">
            {list.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading promises" /></Center>}
            {list.error && <Alert color="red" role="alert" title="Promises could not be loaded">{list.error.message}</Alert>}
            {list.data && of(t).length === 0 && <Text c="dimmed" size="sm" py="md">{EMPTY[t]}</Text>}
            {list.data && of(t).length > 0 && (
              <Stack gap="xs" component="ul" p={0} m={0} aria-label="Promises">
                {of(t).map((c) => <CommitmentRow key={c.id} c={c} onEdit={(editing) => setForm({ open: true, editing })} />)}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <CommitmentFormModal
        opened={form.open}
        onClose={() => setForm((f) => ({ ...f, open: false }))}
        direction={tab === 'i_promised' ? 'i_promised' : 'they_offered'}
        editing={form.editing}
      />
    </Stack>
  );
}
