import { Alert, Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconMail, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { WishListBody, WishListResponse } from '../../../domain/mentoring/api';
import { ApiError, errorMessage } from '../../api/client';
import { useRotateWishList, useSaveWishList, useWishList } from '../../api/mentoring';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { Loading } from '../../components/Loading';

const FIELDS = [
  ['lookingFor', 'Who I am looking for', 'e.g. someone who has built and led a product team'],
  ['skills', 'Skills they have honed', 'e.g. hiring, roadmaps, saying no'],
  ['challenges', 'Challenges they have overcome', 'e.g. moving from individual contributor to manager'],
  ['industry', 'Industry', 'Any, or a few you would like'],
  ['why', 'Why I am looking', 'What you hope to grow in'],
] as const;
type Key = (typeof FIELDS)[number][0];

/** What kind of mentor I am looking for, as a read-only page and an e-mail to trusted colleagues. */
export function WishListPanel() {
  const wish = useWishList();
  if (wish.isPending) return <Loading label="Loading the wish list" />;
  if (wish.error) return <Alert color="red" role="alert" title="The wish list could not be loaded">{wish.error.message}</Alert>;
  return <WishList w={wish.data} />;
}

function WishList({ w }: { w: WishListResponse }) {
  const save = useSaveWishList();
  const rotate = useRotateWishList();
  const [values, setValues] = useState<Record<Key, string>>(() => Object.fromEntries(FIELDS.map(([k]) => [k, w[k] ?? ''])) as Record<Key, string>);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rotating, setRotating] = useState(false);
  useEffect(() => setValues(Object.fromEntries(FIELDS.map(([k]) => [k, w[k] ?? ''])) as Record<Key, string>), [w]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = Object.fromEntries(FIELDS.map(([k]) => [k, values[k].trim() || null])) as WishListBody;
    save.mutate(body, {
      onSuccess: (r) => { setErrors({}); notifications.show({ message: r.updatedAt && w.shareUrl ? 'Wish list saved' : 'Wish list saved: you can share it now' }); },
      onError: (err) => (err instanceof ApiError ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })),
    });
  };
  const mailto = `mailto:?subject=${encodeURIComponent(w.email.subject)}&body=${encodeURIComponent(w.email.body)}`;
  return (
    <Stack gap="lg" maw={760}>
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={2} size="h4">Mentor wish list</Title>
              <Text size="sm" c="dimmed">Describe the mentor you are looking for, then send it to a few trusted colleagues and ask for introductions. Think outside the box: someone unlike you (another industry, age or gender) who has the skill you want.</Text>
            </div>
            {FIELDS.map(([k, label, placeholder]) => (
              <Textarea key={k} label={label} placeholder={placeholder} autosize minRows={1} value={values[k]} onChange={(ev) => { const v = ev.currentTarget.value; setValues((s) => ({ ...s, [k]: v })); }} error={errors[k]} />
            ))}
            <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Save wish list</Button></Group>
          </Stack>
        </form>
      </Paper>
      {w.shareUrl ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">Share it</Title>
            <Text size="sm">Anyone with this link can read your wish list (nothing else), without an account.</Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label="Read-only link" readOnly value={w.shareUrl} style={{ flex: 1, minWidth: 0 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={w.shareUrl}>{({ copied, copy }) => <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
            <Group gap="xs">
              <Anchor href={w.shareUrl} target="_blank" rel="noreferrer" size="sm">Open the page</Anchor>
              <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconRefresh size={14} />} onClick={() => setRotating(true)}>New link</Button>
            </Group>
            <Textarea label="Introduction e-mail" readOnly autosize minRows={6} value={`Subject: ${w.email.subject}\n\n${w.email.body}`} />
            <Group gap="xs">
              <CopyButton value={w.email.body}>{({ copied, copy }) => <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>{copied ? 'Copied' : 'Copy the e-mail'}</Button>}</CopyButton>
              <Button component="a" href={mailto} leftSection={<IconMail size={16} />}>Write the e-mail</Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">Save your wish list to get a link and an introduction e-mail to send.</Text>
      )}
      <ConfirmModal
        opened={rotating}
        title="Make a new link?"
        message="The link you sent so far stops working at once. Send the new one to anyone who should still see your wish list."
        confirm="Make a new link"
        busy={rotate.isPending}
        onConfirm={() => rotate.mutate(undefined, { onSuccess: () => setRotating(false) })}
        onClose={() => setRotating(false)}
      />
    </Stack>
  );
}
