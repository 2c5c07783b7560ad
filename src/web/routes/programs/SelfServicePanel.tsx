import { Alert, Badge, Card, Radio, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { MATCHING_MODE_LABELS, MATCHING_MODES, selfServiceOpen, type MatchingMode } from '../../../domain/programs/self-service';
import type { SelfServiceOverview } from '../../../domain/programs/self-service-api';
import { errorMessage } from '../../api/client';
import { Loading } from '../../components/Loading';
import { useSelfService, useSetMatchingMode } from './SelfServiceApi';
import { SelfServiceChooser } from './SelfServiceChooser';
import { RequestList } from './SelfServiceRequests';

/** Self-service matching on the program page: one tab whose sections follow the caller's roles. */
const MODE_HINTS: Record<MatchingMode, string> = {
  coordinator: 'You run the matching engine and publish the matches, as today.',
  self_service: 'Mentees choose from the program’s mentors and ask; mentors accept or decline.',
  both: 'Mentees may ask a mentor themselves, and you can still run and publish a match for the rest. Their choices are kept when you publish.',
};

/** The tab's label for this caller, or nothing when there is nothing for them here. */
export function SelfServiceTab({ p }: { p: ProgramResponse }) {
  const q = useSelfService(p.id);
  const coordinator = p.myRoles.includes('coordinator');
  const o = q.data;
  if (!o) return coordinator ? <Tabs.Tab value="self-service">Self-service</Tabs.Tab> : null;
  const open = selfServiceOpen(o.mode);
  const label = p.myRoles.includes('mentee') && open ? 'Choose a mentor' : p.myRoles.includes('mentor') && (open || o.received.length > 0) ? 'Mentee requests' : coordinator ? 'Self-service' : null;
  if (!label) return null;
  const waiting = o.received.filter((r) => r.status === 'pending').length + o.approvals.length;
  return (
    <Tabs.Tab value="self-service" rightSection={waiting > 0 ? <Badge size="xs" circle aria-label={`${waiting} waiting`}>{waiting}</Badge> : undefined}>
      {label}
    </Tabs.Tab>
  );
}

function ModeCard({ p, o }: { p: ProgramResponse; o: SelfServiceOverview }) {
  const set = useSetMatchingMode(p.id);
  // The choice shows at once; it goes back if the server refuses it.
  const [choosing, setChoosing] = useState<MatchingMode | null>(null);
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">How mentees get a mentor</Title>
        <Radio.Group
          value={choosing ?? o.mode}
          onChange={(v) => {
            setChoosing(v as MatchingMode);
            set.mutate(v as MatchingMode, {
              onSuccess: () => notifications.show({ color: 'teal', message: `Matching: ${MATCHING_MODE_LABELS[v as MatchingMode].toLowerCase()}` }),
              onError: (e) => notifications.show({ color: 'red', message: `The setting was not changed: ${errorMessage(e)}` }),
              onSettled: () => setChoosing(null),
            });
          }}
          aria-label="How mentees get a mentor"
        >
          <Stack gap="xs">
            {MATCHING_MODES.map((m) => (
              <Radio key={m} value={m} label={MATCHING_MODE_LABELS[m]} description={MODE_HINTS[m]} disabled={set.isPending} />
            ))}
          </Stack>
        </Radio.Group>
        {p.participantsAreMinors && selfServiceOpen(o.mode) && (
          <Alert color="orange" variant="light" title="Minors’ program">
            Mentees see screened mentors only, and only once a guardian’s consent is recorded. When a mentor says yes, the match waits for your approval on this tab.
          </Alert>
        )}
        {o.counts && (
          <SimpleGrid cols={{ base: 3 }} spacing="xs">
            <Stat label="Waiting for mentors" value={o.counts.pending} />
            <Stat label="Waiting for you" value={o.counts.awaitingApproval} />
            <Stat label="Matched by self-service" value={o.counts.matched} />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

const Stat = ({ label, value }: { label: string; value: number }) => (
  <div>
    <Text size="xl" fw={700}>{value}</Text>
    <Text size="xs" c="dimmed">{label}</Text>
  </div>
);

export function SelfServicePanel({ p }: { p: ProgramResponse }) {
  const q = useSelfService(p.id);
  if (q.isPending) return <Loading label="Loading self-service matching" />;
  if (q.error) return <Alert color="red" role="alert" title="Self-service matching could not be loaded">{q.error.message}</Alert>;
  const o = q.data;
  const coordinator = p.myRoles.includes('coordinator');
  const mentee = p.myRoles.includes('mentee');
  const mentor = p.myRoles.includes('mentor');
  const approvals = (
    <Stack gap="sm">
      <Title order={2} size="h4">Waiting for your approval</Title>
      <RequestList items={o.approvals} view="coordinator" p={p} empty="No mentor has said yes to a request that waits for you." />
    </Stack>
  );
  return (
    <Stack gap="xl" maw={960}>
      {/* A yes waiting for approval is what brought the coordinator here (the inbox links to this tab): it comes first. */}
      {coordinator && o.approvals.length > 0 && approvals}
      {coordinator && <ModeCard p={p} o={o} />}
      {coordinator && p.participantsAreMinors && o.approvals.length === 0 && approvals}
      {mentor && (selfServiceOpen(o.mode) || o.received.length > 0) && (
        <Stack gap="sm">
          <Title order={2} size="h4">Mentees asking you</Title>
          <RequestList items={o.received} view="mentor" p={p} empty="No mentee has asked you yet. Mentees see your application’s skills, industries, role, languages and availability." />
        </Stack>
      )}
      {mentee && <SelfServiceChooser p={p} o={o} />}
      {!coordinator && !mentee && !mentor && <Text c="dimmed">Self-service matching is for the program’s mentees and mentors.</Text>}
    </Stack>
  );
}
