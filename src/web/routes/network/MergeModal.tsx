import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../domain/network/api';
import { mergeContacts, mergeLimitProblems, type MergeLimitField } from '../../../domain/network/dedupe/index';
import { ApiError } from '../../api/client';
import { useMergeContacts } from '../../api/network';
import { CircleBadge, ContactAvatar } from '../../components/network/CircleBadge';
import { lastContactedLabel } from '../../components/network/dates';
import { formatDateTime } from '../../format';

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>{value || <Text span c="dimmed">—</Text>}</Text>
    </div>
  );
}

function Side({ contact: c, keep }: { contact: Contact; keep: boolean }) {
  return (
    <Card withBorder padding="md" style={keep ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <ContactAvatar contact={c} size={36} />
            <Text fw={600} truncate>{c.displayName}</Text>
          </Group>
          <Radio value={c.id} aria-label={`Keep ${c.displayName}`} label="Keep" />
        </Group>
        <Field label={c.emails.length > 1 ? `E-mail (${c.emails.length})` : 'E-mail'} value={c.emails.map((e) => e.value).join(', ')} />
        <Field label={c.phones.length > 1 ? `Phone (${c.phones.length})` : 'Phone'} value={c.phones.map((p) => p.value).join(', ')} />
        <Field label="Company" value={c.company} />
        <Field label="Title" value={c.title} />
        <Field label="Circle" value={c.circle ? <CircleBadge circle={c.circle} /> : null} />
        <Field label={c.tags.length > 1 ? `Tags (${c.tags.length})` : 'Tags'} value={c.tags.join(', ')} />
        <Field label="Last contacted" value={lastContactedLabel(c.lastContactedAt)} />
        <Field label="Added" value={formatDateTime(c.createdAt)} />
      </Stack>
    </Card>
  );
}

const NOUNS: Record<MergeLimitField, string> = { emails: 'e-mails', phones: 'phones', tags: 'tags', importantDates: 'dates', notes: 'characters of notes' };
/** What one side holds of an over-full field, so two contacts of the same name can be told apart. */
const sideCount = (c: Contact, field: MergeLimitField) => `${field === 'notes' ? (c.notes?.length ?? 0) : c[field].length} ${NOUNS[field]}`;

type Props = { pair: { a: Contact; b: Contact; reason: string } | null; onClose: () => void };

/** Side-by-side review of a likely duplicate pair; the user picks the one to keep. */
export function MergeModal({ pair, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const merge = useMergeContacts();
  const [keepId, setKeepId] = useState<string>('');
  const { reset } = merge;
  // The server refuses a merge over CONTACT_LIMITS; the same rule here says so before the click.
  const over = useMemo(() => (pair ? mergeLimitProblems(mergeContacts(pair.a, pair.b)) : []), [pair]);
  useEffect(() => {
    // Default: keep the one with more history (older), the other is folded into it.
    if (pair) setKeepId(pair.a.createdAt <= pair.b.createdAt ? pair.a.id : pair.b.id);
    reset();
  }, [pair, reset]);
  if (!pair) return <Modal opened={false} onClose={onClose} title="Merge contacts">{null}</Modal>;
  const keep = keepId === pair.a.id ? pair.a : pair.b;
  const other = keepId === pair.a.id ? pair.b : pair.a;

  const confirm = () =>
    merge.mutate(
      { keepId: keep.id, mergeId: other.id },
      {
        onSuccess: (c) => {
          notifications.show({ color: 'teal', title: 'Contacts merged', message: `${other.displayName} is now part of ${c.displayName}.` });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title="Merge contacts" size="xl" fullScreen={fullScreen}>
      <Stack>
        <Group gap="xs">
          <Text size="sm">Why these two:</Text>
          <Badge variant="light" color="orange" tt="none">{pair.reason}</Badge>
        </Group>
        {over.length > 0 && (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title="Too much for one contact" role="alert">
            <Stack gap={6}>
              <List size="sm" spacing={2}>
                {over.map((p) => <List.Item key={p.path}>{p.message}</List.Item>)}
              </List>
              <Text size="sm">A merge never drops anything: edit one of them first, then merge.</Text>
              <Group gap="md">
                {[pair.a, pair.b].map((c) => (
                  <Anchor key={c.id} component={Link} to={`/network/contacts/${c.id}`} size="sm" onClick={onClose}>
                    Open {c.displayName} ({over.map((p) => sideCount(c, p.path)).join(', ')})
                  </Anchor>
                ))}
              </Group>
            </Stack>
          </Alert>
        )}
        <Radio.Group value={keepId} onChange={setKeepId} label="Which contact do you keep?" description="Its name and details win where the two differ.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            <Side contact={pair.a} keep={keepId === pair.a.id} />
            <Side contact={pair.b} keep={keepId === pair.b.id} />
          </SimpleGrid>
        </Radio.Group>
        <Alert variant="light" color="teal" icon={<IconInfoCircle size={18} />} title="Nothing is lost">
          <List size="sm" spacing={2}>
            <List.Item>E-mails, phones, tags and important dates of both are combined.</List.Item>
            <List.Item>All interactions with {other.displayName} move to {keep.displayName}.</List.Item>
            <List.Item>Notes are joined; where a single field differs (e.g. title), the other value is kept in the notes.</List.Item>
          </List>
        </Alert>
        {merge.error && (
          <Alert color="red" role="alert" title={merge.error instanceof ApiError && merge.error.problem.code === 'merge_over_limits' ? 'Too much for one contact' : undefined}>
            {merge.error instanceof ApiError && merge.error.problem.errors?.length ? (
              <List size="sm" spacing={2}>{merge.error.problem.errors.map((e) => <List.Item key={e.path}>{e.message}</List.Item>)}</List>
            ) : (
              merge.error.message
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={confirm} loading={merge.isPending} disabled={over.length > 0}>Merge into {keep.displayName}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
