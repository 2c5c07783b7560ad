import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { browserTimeZone, TimeZoneSelect } from '../../components/TimeZoneSelect';
import { Loading } from '../../components/Loading';
import { useMember, useUpdateMember } from './api';
import { stageOptions } from './labels';

/** What the mentee wants from a mentor: this is what matching reads. */
export function MenteeProfileForm({ memberId }: { programId: string; memberId: string }) {
  const member = useMember(memberId);
  const update = useUpdateMember();
  const [phone, setPhone] = useState('');
  const [growth, setGrowth] = useState<string[]>([]);
  const [industries, setIndustries] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [timeZone, setTimeZone] = useState<string | null>(browserTimeZone());
  const [stage, setStage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const m = member.data;

  useEffect(() => {
    if (!m) return;
    setPhone(m.phone ?? '');
    setGrowth(m.growthAreas);
    setIndustries(m.preferredIndustries);
    setRoles(m.preferredRoles);
    setLanguages(m.languages);
    if (m.timeZone) setTimeZone(m.timeZone);
    setStage(m.stage);
  }, [m]);

  if (member.isPending) return <Loading label="Loading your profile" />;
  if (member.error) return <Alert color="red" role="alert">{member.error.message}</Alert>;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate(
      { id: memberId, body: { phone: phone || null, growthAreas: growth, preferredIndustries: industries, preferredRoles: roles, languages, timeZone, stage: (stage as never) ?? null } },
      {
        onSuccess: () => {
          setErrors({});
          setSaved(true);
        },
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };

  return (
    <Card withBorder radius="md">
      <form onSubmit={submit} noValidate aria-label="Your mentee profile">
        <Stack gap="sm">
          <Title order={2} size="h4">What you are looking for</Title>
          <Text size="sm" c="dimmed">Your coordinator matches you with a mentor from this. {m?.isMinor ? 'You are registered as a minor: only screened mentors are matched with you, and your contact details are shown only to them, your guardian and coordinators.' : ''}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput label="Areas of growth" description="Press Enter after each" placeholder="e.g. public speaking" value={growth} onChange={setGrowth} error={errors.growthAreas} />
            <TagsInput label="Preferred industries" placeholder="e.g. software" value={industries} onChange={setIndustries} error={errors.preferredIndustries} />
            <TagsInput label="Preferred roles" placeholder="e.g. engineer" value={roles} onChange={setRoles} error={errors.preferredRoles} />
            <TagsInput label="Languages" placeholder="e.g. English" value={languages} onChange={setLanguages} error={errors.languages} />
            <TimeZoneSelect label="Time zone" value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
            <Select label="Stage" clearable data={stageOptions} value={stage} onChange={setStage} error={errors.stage} />
            <TextInput label="Phone (optional)" value={phone} onChange={(ev) => setPhone(ev.currentTarget.value)} error={errors.phone} />
          </SimpleGrid>
          {update.error && !(update.error instanceof ApiError && update.error.problem.errors?.length) && <Alert color="red" role="alert">{update.error.message}</Alert>}
          <Group justify="flex-end" gap="sm">
            {saved && <Text size="sm" c="teal" role="status">Profile saved</Text>}
            <Button type="submit" loading={update.isPending}>Save profile</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
