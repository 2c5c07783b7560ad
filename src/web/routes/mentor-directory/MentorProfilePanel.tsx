import { Alert, Anchor, Badge, Button, Divider, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { MentorProfileBody, MentorProfileResponse } from '../../../domain/mentor-directory/api';
import type { AgeBand, Availability, Gender } from '../../../domain/mentor-directory/rules';
import { ApiError, errorMessage } from '../../api/client';
import { useMentorProfile, useSaveMentorProfile } from '../../api/mentor-directory';
import { Loading } from '../../components/Loading';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { ageBandOptions, AVAILABILITY_LABELS, genderOptions } from './labels';

type Values = {
  skills: string[];
  challenges: string[];
  languages: string[];
  industry: string;
  role: string;
  region: string;
  timezone: string | null;
  availability: Availability;
  openToTeens: boolean;
  bio: string;
  ageBand: AgeBand | null;
  gender: Gender | null;
};
const valuesOf = (p: MentorProfileResponse): Values => ({
  skills: p.skills,
  challenges: p.challenges,
  languages: p.languages,
  industry: p.industry ?? '',
  role: p.role ?? '',
  region: p.region ?? '',
  timezone: p.timezone,
  availability: p.availability,
  openToTeens: p.openToTeens,
  bio: p.bio ?? '',
  ageBand: p.ageBand,
  gender: p.gender,
});

/** Be a mentor: a profile, private until you list it in the directory; withdraw any time. */
export function MentorProfilePanel() {
  const profile = useMentorProfile();
  if (profile.isPending) return <Loading label="Loading your mentor profile" />;
  if (profile.error) return <Alert color="red" role="alert" title="Your profile could not be loaded">{profile.error.message}</Alert>;
  return <ProfileForm p={profile.data} />;
}

function ProfileForm({ p }: { p: MentorProfileResponse }) {
  const save = useSaveMentorProfile();
  const [v, setV] = useState<Values>(() => valuesOf(p));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setV(valuesOf(p)), [p]);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((s) => ({ ...s, [k]: value }));
  const submit = (listed: boolean, done: string) => {
    if (listed && v.skills.length === 0) return setErrors({ skills: 'Name at least one skill you have honed before you list yourself' });
    const body: MentorProfileBody = { ...v, listed, industry: v.industry.trim() || null, role: v.role.trim() || null, region: v.region.trim() || null, bio: v.bio.trim() || null };
    save.mutate(body, {
      onSuccess: () => {
        setErrors({});
        notifications.show({ color: 'teal', message: done });
      },
      onError: (err) => (err instanceof ApiError ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })),
    });
  };
  const tagErr = (k: string) => errors[k] ?? Object.entries(errors).find(([path]) => path.startsWith(`${k}.`))?.[1];
  return (
    <Paper withBorder radius="md" p="md" maw={860}>
      <form onSubmit={(e) => { e.preventDefault(); submit(p.listed, p.listed ? 'Profile saved' : 'Saved privately'); }} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <div>
              <Title order={2} size="h4">Your mentor profile</Title>
              <Text size="sm" c="dimmed" maw={560}>
                Offer what you have learnt to someone a few steps behind you. Your profile is private until you list it; then people signed in to Trellis find it in the <Anchor component={Link} to="/mentoring/find" inherit>directory</Anchor> and can ask you.
              </Text>
            </div>
            <Badge size="lg" variant="light" color={p.listed ? 'green' : 'gray'} leftSection={p.listed ? <IconEye size={14} /> : <IconEyeOff size={14} />}>
              {p.listed ? 'Listed in the directory' : p.exists ? 'Private (not listed)' : 'Not saved yet'}
            </Badge>
          </Group>
          <TagsInput label="Skills you have honed" description="Press Enter after each" placeholder="e.g. Negotiation" value={v.skills} onChange={(x) => set('skills', x)} error={tagErr('skills')} required={false} clearable />
          <TagsInput label="Challenges you have overcome" description="e.g. returning after parental leave, changing careers" value={v.challenges} onChange={(x) => set('challenges', x)} error={tagErr('challenges')} clearable />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Industry" placeholder="e.g. Health care" value={v.industry} onChange={(e) => set('industry', e.currentTarget.value)} error={errors.industry} />
            <TextInput label="Role" placeholder="e.g. Engineering manager" value={v.role} onChange={(e) => set('role', e.currentTarget.value)} error={errors.role} />
            <TagsInput label="Languages" placeholder="e.g. English" value={v.languages} onChange={(x) => set('languages', x)} error={tagErr('languages')} clearable />
            <TextInput label="Region" placeholder="e.g. North America" value={v.region} onChange={(e) => set('region', e.currentTarget.value)} error={errors.region} />
            <TimeZoneSelect label="Time zone" placeholder="Choose a time zone" value={v.timezone} onChange={(x) => set('timezone', x)} error={errors.timezone} allowDeselect clearable />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="availability-label">Availability</Text>
            <SegmentedControl aria-labelledby="availability-label" fullWidth data={(Object.keys(AVAILABILITY_LABELS) as Availability[]).map((a) => ({ value: a, label: AVAILABILITY_LABELS[a] }))} value={v.availability} onChange={(x) => set('availability', x as Availability)} orientation="horizontal" />
            {errors.availability && <Text size="xs" c="red">{errors.availability}</Text>}
          </Stack>
          <Switch label="Open to mentoring teens (in a program)" checked={v.openToTeens} onChange={(e) => set('openToTeens', e.currentTarget.checked)} />
          <Textarea label="Short bio" description="What you do, what you have been through, how you like to mentor" autosize minRows={3} maxRows={10} value={v.bio} onChange={(e) => set('bio', e.currentTarget.value)} error={errors.bio} />
          <Divider label="Optional, never shown" labelPosition="left" />
          <Text size="sm" c="dimmed">Only for “think outside the box” suggestions: they count only between two people who both chose to state them.</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Age band" placeholder="Prefer not to say" clearable data={ageBandOptions} value={v.ageBand} onChange={(x) => set('ageBand', x as AgeBand | null)} error={errors.ageBand} />
            <Select label="Gender" placeholder="Prefer not to say" clearable data={genderOptions} value={v.gender} onChange={(x) => set('gender', x as Gender | null)} error={errors.gender} />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs" wrap="wrap">
            {p.listed ? (
              <>
                <Button variant="default" color="red" loading={save.isPending && save.variables?.listed === false} onClick={() => submit(false, 'Withdrawn: your profile is private again')}>Withdraw from the directory</Button>
                <Button type="submit" loading={save.isPending && save.variables?.listed === true}>Save changes</Button>
              </>
            ) : (
              <>
                <Button variant="default" loading={save.isPending && save.variables?.listed === false} onClick={() => submit(false, 'Saved privately')}>Save privately</Button>
                <Button loading={save.isPending && save.variables?.listed === true} onClick={() => submit(true, 'You are listed in the mentor directory')}>List me as a mentor</Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
