import { Alert, Badge, Button, Checkbox, CopyButton, Group, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useFollowUpAction, type Rendered } from '../../api/follow-through';
import { mailtoWith, openPlaceholders } from './compose-text';

type Props = { rendered: Rendered; channel: 'email' | 'linkedin'; followUpId?: string; onDone: () => void };

/** The rendered text, editable, with what is still missing, the length limit and the ways out. */
export function ComposerEditor({ rendered, channel, followUpId, onDone }: Props) {
  const [subject, setSubject] = useState(rendered.subject ?? '');
  const [body, setBody] = useState(rendered.body);
  const [logIt, setLogIt] = useState(true);
  const done = useFollowUpAction();
  const missing = openPlaceholders(`${subject}\n${body}`);
  const limit = rendered.characterLimit;
  const over = limit !== null && body.length > limit;
  const mailto = channel === 'email' ? mailtoWith(rendered.mailto, rendered.subject !== null ? subject : null, body) : null;
  const copyText = rendered.subject !== null && channel === 'email' ? `Subject: ${subject}\n\n${body}` : body;

  const markDone = () => {
    if (!followUpId) return;
    const summary = `${rendered.subject !== null ? `${subject}\n\n` : ''}${body}`;
    done.mutate(
      { id: followUpId, action: 'done', body: logIt ? { logInteraction: { kind: channel === 'email' ? 'email' : 'other', summary } } : {} },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Marked done', message: logIt ? 'The message is on their timeline.' : 'Nice follow-through.' });
          onDone();
        },
      },
    );
  };

  return (
    <Stack>
      {rendered.subject !== null && <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />}
      <Textarea
        label="Message"
        autosize
        minRows={8}
        maxRows={18}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={over ? `Over the ${limit}-character limit of LinkedIn notes by ${body.length - (limit ?? 0)}` : undefined}
        description={
          limit !== null ? (
            <Text span size="xs" c={over ? 'red' : 'dimmed'} data-testid="char-count">
              {body.length}/{limit} characters
            </Text>
          ) : undefined
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      {missing.length > 0 && (
        <Alert color="yellow" variant="light" title="Fill these in before sending" role="status">
          <Group gap={6}>
            {missing.map((m) => (
              <Badge key={m} variant="outline" color="yellow.8" tt="none">[{m}]</Badge>
            ))}
          </Group>
        </Alert>
      )}
      {rendered.unknown.length > 0 && (
        <Text size="xs" c="dimmed">Fields this template uses that Trellis does not know: {rendered.unknown.join(', ')}</Text>
      )}
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <CopyButton value={copyText}>
            {({ copied, copy }) => (
              <Button variant="light" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Copied' : 'Copy to clipboard'}
              </Button>
            )}
          </CopyButton>
          {channel === 'email' && (
            <Tooltip label="This contact has no e-mail address" disabled={Boolean(mailto)}>
              <Button
                variant="default"
                component="a"
                href={mailto ?? undefined}
                data-disabled={!mailto || undefined}
                onClick={(e: React.MouseEvent) => !mailto && e.preventDefault()}
                leftSection={<IconMailForward size={16} />}
              >
                Open in mail app
              </Button>
            </Tooltip>
          )}
        </Group>
        {followUpId && (
          <Group gap="sm">
            <Checkbox label="Log on timeline" checked={logIt} onChange={(e) => setLogIt(e.currentTarget.checked)} />
            <Button leftSection={<IconCheck size={16} />} onClick={markDone} loading={done.isPending}>Mark done</Button>
          </Group>
        )}
      </Group>
      {done.error && <Alert color="red" role="alert">{done.error.message}</Alert>}
    </Stack>
  );
}
