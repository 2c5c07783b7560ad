import { Alert, Button, Code, CopyButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useCalendarFeed } from '../../api/follow-through';
import { Section } from './Section';

/** The iCalendar feed: its URL is shown once (only a hash is stored); rotating gives a new one. */
export function CalendarSection() {
  const feed = useCalendarFeed();
  const data = feed.data;
  const rotate = () => {
    if (window.confirm('Make a new calendar URL? The old one stops working in every calendar that subscribed to it.')) feed.mutate(true);
  };

  return (
    <Section title="Calendar feed" description="Subscribe to your follow-ups from Google Calendar, Outlook or Apple Calendar." labelId="calendar">
      {!data && (
        <Group>
          <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => feed.mutate(false)} loading={feed.isPending}>Get my calendar URL</Button>
        </Group>
      )}
      {feed.error && <Alert color="red" role="alert">{feed.error.message}</Alert>}
      {data?.feedUrl && (
        <Stack gap="sm">
          <Alert color="yellow" variant="light">Copy it now: for your safety Trellis shows this URL only once. Anyone with it can read your follow-ups.</Alert>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput label="Feed URL" value={data.feedUrl} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={data.feedUrl}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant="light" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>{copied ? 'Copied' : 'Copy'}</Button>
              )}
            </CopyButton>
          </Group>
          <List size="sm" spacing={4}>
            <List.Item><b>Google Calendar</b>: Other calendars → + → From URL, paste it. Google ignores to-dos, so add <Code>?as=events</Code> to the end.</List.Item>
            <List.Item><b>Outlook</b>: Add calendar → Subscribe from web, paste it.</List.Item>
            <List.Item><b>Apple Calendar</b>: File → New Calendar Subscription, paste it.</List.Item>
          </List>
        </Stack>
      )}
      {data && !data.feedUrl && (
        <Text size="sm">You already have a calendar feed. Its URL was shown when it was made; if you lost it, make a new one.</Text>
      )}
      {data && (
        <Group>
          <Button variant="default" color="red" leftSection={<IconRefresh size={16} />} onClick={rotate} loading={feed.isPending}>Make a new URL</Button>
        </Group>
      )}
    </Section>
  );
}
