import { Alert, Badge, Button, Code, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDigestPreview, useMail, useMailList } from '../../api/follow-through';
import { formatDateTime } from '../../format';
import { Section } from './Section';

const STATUS_COLOR = { sending: 'yellow', sent: 'teal', failed: 'red' } as const;

function MailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const mail = useMail(id);
  return (
    <Modal opened={id !== null} onClose={onClose} title={mail.data?.subject ?? 'Mail'} size="xl">
      {mail.error && <Alert color="red" role="alert">{mail.error.message}</Alert>}
      {mail.data && (mail.data.eml ? (
        <ScrollArea.Autosize mah="70vh"><Code block>{mail.data.eml}</Code></ScrollArea.Autosize>
      ) : (
        <Text size="sm">This mail went out over SMTP{mail.data.messageId ? ` (message id ${mail.data.messageId})` : ''}; its content is not kept.</Text>
      ))}
    </Modal>
  );
}

function DigestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const preview = useDigestPreview(opened);
  const p = preview.data;
  return (
    <Modal opened={opened} onClose={onClose} title="Today's digest" size="xl">
      {preview.isPending && <Text size="sm" c="dimmed">Loading…</Text>}
      {preview.error && <Alert color="red" role="alert">{preview.error.message}</Alert>}
      {p && (
        <Stack gap="xs">
          <Text size="sm"><b>To:</b> {p.to} · <b>Subject:</b> {p.subject}</Text>
          {!p.wouldSend && <Alert color="gray">Nothing is due, so no digest would be sent now.</Alert>}
          <ScrollArea.Autosize mah="65vh"><Code block>{p.text}</Code></ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}

/** Mail Trellis sent you, or wrote to the outbox when no SMTP server is configured. */
export function MailSection() {
  const list = useMailList();
  const [open, setOpen] = useState<string | null>(null);
  const [digest, setDigest] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <Section title="Mail" description="Recent mail from Trellis. Without an SMTP server, mail is written to the outbox folder and shown here." labelId="mail">
      <Group><Button variant="light" onClick={() => setDigest(true)}>Preview today's digest</Button></Group>
      {list.error && <Alert color="red" role="alert">{list.error.message}</Alert>}
      {list.data && items.length === 0 && <Text size="sm" c="dimmed">No mail yet.</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table highlightOnHover aria-label="Recent mail">
            <Table.Thead><Table.Tr><Table.Th>Subject</Table.Th><Table.Th>Status</Table.Th><Table.Th>When</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => setOpen(m.id)} px={4}>{m.subject}</Button>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[m.status]}>{m.outboxFile ? 'outbox' : m.status}</Badge>
                    {m.error && <Text size="xs" c="red">{m.error}</Text>}
                  </Table.Td>
                  <Table.Td><Text size="xs">{formatDateTime(m.createdAt)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MailModal id={open} onClose={() => setOpen(null)} />
      <DigestModal opened={digest} onClose={() => setDigest(false)} />
    </Section>
  );
}
