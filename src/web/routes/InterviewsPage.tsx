import { Alert, Anchor, Button, Center, Group, List, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlarm, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAskedInterviews, useStageCounts } from '../api/interviews';
import { NewInterviewModal } from './interviews/NewInterviewModal';
import { PipelineBoard } from './interviews/PipelineBoard';
import { QuestionBank } from './interviews/QuestionBank';
import { RankingList } from './interviews/RankingList';

type Tab = 'pipeline' | 'flowed' | 'questions';

/** Informational interviews: meet potential mentors by asking for 5–10 minutes, then follow through. */
export function InterviewsPage() {
  const counts = useStageCounts();
  const asked = useAskedInterviews();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'pipeline';
  const [creating, setCreating] = useState(false);
  const total = counts.data?.total ?? 0;
  const due = (asked.data?.items ?? []).filter((i) => i.followUpDue);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Informational interviews</Title>
          <Text c="dimmed">Ask for 5–10 minutes, let them talk about their journey, thank them, and keep in touch with the ones that flowed.</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>New interview</Button>
      </Group>
      {due.length > 0 && (
        <Alert color="orange" icon={<IconAlarm size={18} />} title={`No answer yet: follow up with ${due.length === 1 ? 'one person' : `${due.length} people`}`}>
          {due.map((iv, i) => (
            <span key={iv.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/interviews/${iv.id}`} inherit>{iv.contact?.displayName ?? 'Deleted contact'}</Anchor>
            </span>
          ))}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => v && setParams(v === 'pipeline' ? {} : { tab: v }, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="pipeline">Pipeline{counts.data ? ` (${total})` : ''}</Tabs.Tab>
          <Tabs.Tab value="flowed">Flowed best</Tabs.Tab>
          <Tabs.Tab value="questions">Question bank</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pipeline" pt="md">
          {counts.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading interviews" /></Center>}
          {counts.error && <Alert color="red" role="alert" title="Interviews could not be loaded">{counts.error.message}</Alert>}
          {counts.data && total === 0 && <FirstSteps onStart={() => setCreating(true)} />}
          {counts.data && total > 0 && <PipelineBoard counts={counts.data} />}
        </Tabs.Panel>
        <Tabs.Panel value="flowed" pt="md">{tab === 'flowed' && <RankingList />}</Tabs.Panel>
        <Tabs.Panel value="questions" pt="md">{tab === 'questions' && <QuestionBank />}</Tabs.Panel>
      </Tabs>
      <NewInterviewModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function FirstSteps({ onStart }: { onStart: () => void }) {
  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h4">Meet potential mentors, one short conversation at a time</Title>
        <Text size="sm">Don't ask a stranger to be your mentor: ask for 5–10 minutes of their time. Their first impression of you will be good, because they spend most of it talking about themselves.</Text>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>Add someone whose path interests you: a person in your network or someone new.</List.Item>
          <List.Item>Send the short request Trellis writes for you, and set a day to follow up.</List.Item>
          <List.Item>Pick a handful of questions and take notes under each while you talk.</List.Item>
          <List.Item>Mark it held: the thank-you and a reminder to reach out again in two months land on Today.</List.Item>
          <List.Item>Reflect on how it flowed, and star the people you would like as mentors.</List.Item>
        </List>
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={onStart}>Add your first interview</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
