import { Alert, Badge, Button, Card, Group, MultiSelect, NumberInput, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { browserTimeZone, TimeZoneSelect } from '../../components/TimeZoneSelect';
import { useApplication, useApply } from './api';
import { stageOptions } from './labels';

/** A mentor's application: what they offer, and how many mentees they can take. */
export function ApplicationForm({ p }: { p: ProgramResponse }) {
  const existing = useApplication(p.myApplicationId);
  const apply = useApply(p.id);
  const [motivation, setMotivation] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [industries, setIndustries] = useState<string[]>([]);
  const [jobRole, setJobRole] = useState('');
  const [languages, setLanguages] = useState<string[]>([]);
  const [availability, setAvailability] = useState('');
  const [timeZone, setTimeZone] = useState<string | null>(browserTimeZone());
  const [stages, setStages] = useState<string[]>([]);
  const [capacity, setCapacity] = useState<number | string>(1);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const a = existing.data;

  useEffect(() => {
    if (!a) return;
    setMotivation(a.motivation);
    setSkills(a.skills);
    setIndustries(a.industries);
    setJobRole(a.jobRole ?? '');
    setLanguages(a.languages);
    setAvailability(a.availability);
    setTimeZone(a.timeZone);
    setStages(a.preferredStages);
    setCapacity(a.capacity);
  }, [a]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    apply.mutate(
      {
        motivation,
        skills,
        industries,
        jobRole: jobRole || null,
        languages,
        availability,
        timeZone,
        preferredStages: stages as never,
        capacity: typeof capacity === 'number' ? capacity : Number.NaN,
      },
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
      <form onSubmit={submit} noValidate aria-label="Mentor application">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">{a ? 'Your mentor application' : 'Apply to mentor'}</Title>
            {a && (a.screened ? <Badge color="teal">Screened</Badge> : <Badge color="yellow" variant="light">Screening in progress</Badge>)}
          </Group>
          {a && !a.screened && <Text size="sm" c="dimmed">Still needed before you count as screened: {a.screeningMissing.join(', ')}. Your coordinator records this.</Text>}
          <Textarea label="Why do you want to mentor?" required autosize minRows={2} value={motivation} onChange={(ev) => setMotivation(ev.currentTarget.value)} error={errors.motivation} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput label="Skills honed" description="Press Enter after each" placeholder="e.g. public speaking" value={skills} onChange={setSkills} error={errors.skills} />
            <TagsInput label="Industries" description="Your main industry first" placeholder="e.g. software" value={industries} onChange={setIndustries} error={errors.industries} />
            <TextInput label="Your role" placeholder="e.g. engineer" value={jobRole} onChange={(ev) => setJobRole(ev.currentTarget.value)} error={errors.jobRole} />
            <TagsInput label="Languages" placeholder="e.g. English" value={languages} onChange={setLanguages} error={errors.languages} />
            <TextInput label="Availability" required placeholder="e.g. Tuesday evenings, twice a month" value={availability} onChange={(ev) => setAvailability(ev.currentTarget.value)} error={errors.availability} />
            <TimeZoneSelect label="Time zone" value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
            <MultiSelect label="Career stages you like to mentor" data={stageOptions} value={stages} onChange={setStages} error={errors.preferredStages} />
            <NumberInput label="How many mentees can you take?" required min={1} max={20} allowDecimal={false} value={capacity} onChange={setCapacity} error={errors.capacity} />
          </SimpleGrid>
          {apply.error && !(apply.error instanceof ApiError && apply.error.problem.errors?.length) && <Alert color="red" role="alert">{apply.error.message}</Alert>}
          {apply.error instanceof ApiError && apply.error.problem.errors?.length ? <Alert color="red" role="alert">Please fix the fields marked in red.</Alert> : null}
          <Group justify="flex-end" gap="sm">
            {saved && <Text size="sm" c="teal" role="status">Application saved</Text>}
            <Button type="submit" loading={apply.isPending}>{a ? 'Update application' : 'Send application'}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
