import { Alert, Anchor, Button, CopyButton, Group, Loader, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InterviewResponse } from '../../../domain/interviews/api';
import { useAskMessage } from '../../api/interviews';
import { useSyncedState } from './use-synced-state';

const mailto = (to: string | null, subject: string, body: string) =>
  `mailto:${to ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/** The 5–10 minute request, written from your "Informational interview request" template; edit, copy or open in your mail app. */
export function AskPanel({ iv, onMarkAsked }: { iv: InterviewResponse; onMarkAsked?: () => void }) {
  const message = useAskMessage(iv.id, iv.topic ?? '', iv.contact !== null);
  const [subject, setSubject] = useSyncedState(message.data?.subject ?? '');
  const [body, setBody] = useSyncedState(message.data?.body ?? '');
  const email = iv.contact?.email ?? null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ask-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="ask-title">Ask for 5–10 minutes</Title>
          <Anchor component={Link} to="/templates" size="xs">Edit the template</Anchor>
        </Group>
        <Text size="sm" c="dimmed">Succinct and genuine: say what you are exploring and why them. Adjust the text, then send it from your own mail.</Text>
        {message.isPending && <Loader size="sm" aria-label="Writing the request" />}
        {message.error && <Alert color="red" role="alert">{message.error.message}</Alert>}
        {message.data && (
          <>
            {message.data.missing.length > 0 && (
              <Alert color="yellow" title="Fill in before sending">
                Trellis did not know: {message.data.missing.join(', ')}. Replace the gaps in the text{message.data.missing.includes('topic') ? ', or set a topic for this interview' : ''}.
              </Alert>
            )}
            <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
            <Textarea label="Message" autosize minRows={6} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <Group gap="xs">
              <CopyButton value={subject ? `Subject: ${subject}\n\n${body}` : body}>
                {({ copied, copy }) => (
                  <Button variant="light" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? 'Copied' : 'Copy to clipboard'}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={mailto(email, subject, body)} variant="default" leftSection={<IconMail size={16} />}>
                Open in mail app
              </Button>
              {onMarkAsked && <Button onClick={onMarkAsked}>I sent it: mark asked</Button>}
            </Group>
            {!email && <Text size="xs" c="dimmed">No e-mail address for {iv.contact?.displayName}: add one in your network, or paste the message into LinkedIn.</Text>}
          </>
        )}
      </Stack>
    </Paper>
  );
}
