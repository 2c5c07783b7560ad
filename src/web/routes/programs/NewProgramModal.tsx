import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useCreateOrganization, useCreateProgram, useOrganizations } from './api';

/** A program lives in an organisation you coordinate; the first one is created on the way. */
export function NewProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const orgs = useOrganizations();
  const createOrg = useCreateOrganization();
  const createProgram = useCreateProgram();
  const [orgMode, setOrgMode] = useState<'existing' | 'new'>('existing');
  const [orgId, setOrgId] = useState<string | null>(null);
  const [orgName, setOrgName] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [minors, setMinors] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const hasOrgs = (orgs.data?.items.length ?? 0) > 0;

  useEffect(() => {
    if (!opened) return;
    setOrgMode('existing');
    setOrgId(null);
    for (const set of [setOrgName, setName, setDescription]) set('');
    setMinors(false);
    setErrors({});
    setFailure(null);
  }, [opened]);
  useEffect(() => {
    if (orgs.data && !orgId) setOrgId(orgs.data.items[0]?.id ?? null);
  }, [orgs.data, orgId]);

  const mode = hasOrgs ? orgMode : 'new';
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (mode === 'new' && !orgName.trim()) next.orgName = 'Name the organisation';
    if (mode === 'existing' && !orgId) next.orgId = 'Choose an organisation';
    if (!name.trim()) next.name = 'Name the program';
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length) return;
    try {
      const targetOrg = mode === 'new' ? (await createOrg.mutateAsync(orgName.trim())).id : orgId!;
      const program = await createProgram.mutateAsync({ orgId: targetOrg, body: { name: name.trim(), description: description.trim() || null, participantsAreMinors: minors } });
      onClose();
      void navigate(`/programs/${program.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) setErrors(err.fieldErrors());
      else setFailure(err instanceof Error ? err.message : 'Something went wrong.');
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New program" size="lg" fullScreen={fullScreen}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {hasOrgs && (
            <SegmentedControl
              value={orgMode}
              onChange={(v) => setOrgMode(v as 'existing' | 'new')}
              data={[
                { value: 'existing', label: 'In my organisation' },
                { value: 'new', label: 'New organisation' },
              ]}
            />
          )}
          {mode === 'existing' ? (
            <Select label="Organisation" required allowDeselect={false} value={orgId} onChange={setOrgId} data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} error={errors.orgId} />
          ) : (
            <TextInput label="Organisation" description="You become its coordinator." placeholder="e.g. Women in Tech Network" required value={orgName} onChange={(ev) => setOrgName(ev.currentTarget.value)} error={errors.orgName} />
          )}
          <TextInput label="Program name" placeholder="e.g. Teen after-school" required value={name} onChange={(ev) => setName(ev.currentTarget.value)} error={errors.name} />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(ev) => setDescription(ev.currentTarget.value)} error={errors.description} />
          <Checkbox
            label="Participants are minors"
            description="Mentees join as minors: they need a guardian’s consent, only screened mentors are matched with them, and their contact details stay hidden from unscreened people."
            checked={minors}
            onChange={(ev) => setMinors(ev.currentTarget.checked)}
          />
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={createOrg.isPending || createProgram.isPending}>Create program</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
