import { Badge, Button, Card, Group, Menu, Stack, Text, ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkFilled, IconCheck, IconDots, IconExternalLink, IconMapPin, IconPencil, IconTrash, IconWorld, IconLock, IconLockOpen, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ListingResponse, MatchedListing } from '../../../domain/job-board/api';
import { ConfirmDialog } from '../programs/ConfirmDialog';
import { useApproveListing, useDeleteListing, useMarkListing, useUpdateListing } from './api';
import { formatDate, KIND_COLORS, KIND_LABELS } from './labels';

const message = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong.');

/**
 * One listing: what, where, until when, who posted it, why it matches (in the ranked view), and
 * what the reader may do: save or mark applied, or (poster and coordinators) edit, close, delete, approve.
 */
export function ListingCard({ l, showProgram, onEdit }: { l: ListingResponse | MatchedListing; showProgram?: boolean; onEdit?: (l: ListingResponse) => void }) {
  const mark = useMarkListing();
  const update = useUpdateListing();
  const remove = useDeleteListing();
  const approve = useApproveListing();
  const [confirming, setConfirming] = useState(false);
  const why = 'whyMatches' in l ? l.whyMatches : null;
  const setMark = (state: 'saved' | 'applied' | null, done: string) =>
    mark.mutate({ id: l.id, state }, { onSuccess: () => notifications.show({ color: 'teal', message: done }), onError: (e) => notifications.show({ color: 'red', message: message(e) }) });
  const setStatus = (status: 'open' | 'closed') =>
    update.mutate({ id: l.id, body: { status } }, { onSuccess: () => notifications.show({ color: 'teal', message: status === 'closed' ? 'Listing closed: mentees no longer see it.' : 'Listing reopened.' }), onError: (e) => notifications.show({ color: 'red', message: message(e) }) });

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={`${l.title} at ${l.organization}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>{l.title}</Text>
            <Text size="sm" c="dimmed">{l.organization}{showProgram ? ` · ${l.programName}` : ''}</Text>
          </div>
          {l.canEdit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`Manage ${l.title}`}><IconDots size={18} /></ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {onEdit && <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(l)}>Edit</Menu.Item>}
                {l.status === 'open' ? (
                  <Menu.Item leftSection={<IconLock size={14} />} onClick={() => setStatus('closed')}>Close listing</Menu.Item>
                ) : (
                  <Menu.Item leftSection={<IconLockOpen size={14} />} onClick={() => setStatus('open')}>Reopen</Menu.Item>
                )}
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setConfirming(true)}>Delete…</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Group gap={6}>
          <Badge color={KIND_COLORS[l.kind]} variant="light">{KIND_LABELS[l.kind]}</Badge>
          {l.remote && <Badge variant="outline" color="gray" leftSection={<IconWorld size={12} />}>Remote</Badge>}
          {l.location && <Badge variant="outline" color="gray" leftSection={<IconMapPin size={12} />} style={{ textTransform: 'none' }}>{l.location}</Badge>}
          {l.approval === 'pending' && <Badge color="yellow">Waiting for approval</Badge>}
          {!l.isOpen && <Badge color="gray">{l.status === 'closed' ? 'Closed' : 'Past closing date'}</Badge>}
          {l.myInterest === 'applied' && <Badge color="teal" leftSection={<IconCheck size={12} />}>Applied</Badge>}
        </Group>
        {why && why.length > 0 && (
          <Text size="sm"><Text span fw={600} c="teal.8">Matches your goals: </Text>{why.join(', ')}</Text>
        )}
        {l.description && <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>{l.description}</Text>}
        {l.tags.length > 0 && (
          <Group gap={4}>
            {l.tags.map((t) => <Badge key={t} size="sm" variant="default" style={{ textTransform: 'none' }}>{t}</Badge>)}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          Posted by {l.postedByMe ? 'you' : l.postedBy.name} ({l.postedBy.role}){l.closesOn ? ` · closes ${formatDate(l.closesOn)}` : ' · open until filled'}
        </Text>
        <Group gap="xs" mt={4}>
          {l.link && (
            <Button component="a" href={l.link} target="_blank" rel="noopener noreferrer" size="xs" variant="light" rightSection={<IconExternalLink size={14} />}>
              Open listing
            </Button>
          )}
          {l.isOpen && l.approval === 'approved' && !l.postedByMe && (
            <>
              {l.myInterest === null && <Button size="xs" variant="default" leftSection={<IconBookmark size={14} />} loading={mark.isPending} onClick={() => setMark('saved', 'Saved. Find it under Saved.')}>Save</Button>}
              {l.myInterest === 'saved' && (
                <Tooltip label="Remove from saved">
                  <Button size="xs" variant="default" leftSection={<IconBookmarkFilled size={14} />} loading={mark.isPending} onClick={() => setMark(null, 'Removed from saved.')}>Saved</Button>
                </Tooltip>
              )}
              {l.myInterest !== 'applied' ? (
                <Button size="xs" color="teal" leftSection={<IconCheck size={14} />} loading={mark.isPending} onClick={() => setMark('applied', 'Marked applied. A reminder to follow up is on Today in a week.')}>I applied</Button>
              ) : (
                <Button size="xs" variant="subtle" color="gray" loading={mark.isPending} onClick={() => setMark('saved', 'No longer marked applied; the follow-up is off Today.')}>Undo applied</Button>
              )}
            </>
          )}
          {l.canApprove && (
            <Button size="xs" color="teal" variant="light" leftSection={<IconCircleCheck size={14} />} loading={approve.isPending}
              onClick={() => approve.mutate(l.id, { onSuccess: () => notifications.show({ color: 'teal', message: 'Approved: mentees now see it.' }), onError: (e) => notifications.show({ color: 'red', message: message(e) }) })}>
              Approve
            </Button>
          )}
        </Group>
        {l.link === null && l.isOpen && !l.postedByMe && <Text size="xs" c="dimmed">No link: ask {l.postedBy.name} how to apply.</Text>}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Delete this listing?"
        message={`“${l.title}” goes for everyone, including people who saved it. Closing it instead keeps it in your closed listings.`}
        confirm="Delete listing"
        busy={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(l.id, {
            onSuccess: () => {
              setConfirming(false);
              notifications.show({ color: 'teal', message: 'Listing deleted.' });
            },
            onError: (e) => notifications.show({ color: 'red', message: message(e) }),
          })
        }
      />
    </Card>
  );
}
