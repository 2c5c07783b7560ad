import { Alert, Loader, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { InboxKind } from '../../../domain/inbox/kinds';
import { errorMessage } from '../../api/client';
import { Section } from '../../routes/settings/Section';
import { useInboxPreferences, useSaveInboxPreferences } from './inbox-api';

/** Settings: which kinds of in-app notification to keep. A muted kind is not stored at all. */
export function InboxPreferencesSection() {
  const prefs = useInboxPreferences();
  const save = useSaveInboxPreferences();
  const kinds = prefs.data?.kinds ?? [];
  const toggle = (kind: InboxKind, on: boolean) => {
    const muted = kinds.filter((k) => (k.kind === kind ? !on : k.muted)).map((k) => k.kind);
    save.mutate({ muted }, { onError: (err) => notifications.show({ color: 'red', title: 'Could not save', message: errorMessage(err) }) });
  };
  return (
    <Section title="In-app notifications" description="What the bell tells you. Muted kinds are not kept at all; e-mail digests are set above." labelId="inbox-prefs-title">
      {prefs.isPending && <Loader size="sm" aria-label="Loading notification settings" />}
      {prefs.error && <Alert color="red" role="alert">{prefs.error.message}</Alert>}
      <Stack gap="sm">
        {kinds.map((k) => (
          <Switch
            key={k.kind}
            checked={!k.muted}
            onChange={(e) => toggle(k.kind, e.currentTarget.checked)}
            label={k.label}
            description={k.description}
            disabled={save.isPending}
          />
        ))}
      </Stack>
      {kinds.length > 0 && <Text size="xs" c="dimmed">Read notifications are removed after 90 days.</Text>}
    </Section>
  );
}
