import { ActionIcon, Alert, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconRestore, IconTrash, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import type { TemplateResponse } from '../../../domain/follow-through/api';
import { useTemplateCommand, useTemplates } from '../../api/follow-through';
import { useComposer } from '../../components/follow-through/ComposerProvider';
import { TemplateEditorModal } from './TemplateEditorModal';

function TemplateCard({ t, onEdit }: { t: TemplateResponse; onEdit: () => void }) {
  const command = useTemplateCommand();
  const { openComposer } = useComposer();
  return (
    <Card withBorder radius="md" padding="md" component="li" style={{ listStyle: 'none' }} aria-label={t.name}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">{t.name}</Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge size="xs" variant="light" color={t.channel === 'linkedin' ? 'blue' : 'gray'}>{t.channel === 'linkedin' ? 'LinkedIn' : 'E-mail'}</Badge>
            {t.builtIn && <Badge size="xs" variant="outline" color={t.customized ? 'orange' : 'teal'}>{t.customized ? 'Edited' : 'Built-in'}</Badge>}
          </Group>
        </Group>
        {t.subject && <Text size="xs" c="dimmed" truncate>Subject: {t.subject}</Text>}
        <Text size="xs" c="dimmed" lineClamp={4} style={{ whiteSpace: 'pre-wrap', flex: 1 }}>{t.body}</Text>
        {command.error && <Text size="xs" c="red" role="alert">{command.error.message}</Text>}
        <Group gap={4} justify="flex-end">
          <Button size="compact-xs" variant="subtle" leftSection={<IconWriting size={14} />} onClick={() => openComposer({ templateId: t.id })}>Try it</Button>
          <Tooltip label="Edit"><ActionIcon variant="subtle" aria-label={`Edit ${t.name}`} onClick={onEdit}><IconPencil size={16} /></ActionIcon></Tooltip>
          {t.builtIn && t.customized && (
            <Tooltip label="Reset to original">
              <ActionIcon variant="subtle" color="orange" aria-label={`Reset ${t.name}`} loading={command.isPending} onClick={() => command.mutate({ id: t.id, command: 'reset' })}>
                <IconRestore size={16} />
              </ActionIcon>
            </Tooltip>
          )}
          {!t.builtIn && (
            <Tooltip label="Delete">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${t.name}`}
                loading={command.isPending}
                onClick={() => window.confirm(`Delete the template “${t.name}”?`) && command.mutate({ id: t.id, command: 'delete' })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Message templates: the built-ins (editable, resettable) and your own. */
export function TemplatesPage() {
  const list = useTemplates();
  const [editing, setEditing] = useState<TemplateResponse | null | 'new'>(null);
  const items = list.data?.items ?? [];
  const group = (title: string, ts: TemplateResponse[]) => (
    <section aria-label={title}>
      <Title order={2} size="h5" mb="xs">{title}</Title>
      {ts.length === 0 ? (
        <Text size="sm" c="dimmed">None yet. Create one for the messages you write again and again.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} m={0}>
          {ts.map((t) => <TemplateCard key={t.id} t={t} onEdit={() => setEditing(t)} />)}
        </SimpleGrid>
      )}
    </section>
  );
  return (
    <Stack gap="lg" maw={980}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Templates</Title>
          <Text c="dimmed">Thank-yous, connection notes and asks with merge fields like {'{firstName}'} and {'{recap}'}.</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>New template</Button>
      </Group>
      {list.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading templates" /></Center>}
      {list.error && <Alert color="red" role="alert">{list.error.message}</Alert>}
      {list.data && group('Built-in', items.filter((t) => t.builtIn))}
      {list.data && group('Your templates', items.filter((t) => !t.builtIn))}
      <TemplateEditorModal opened={editing !== null} template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
