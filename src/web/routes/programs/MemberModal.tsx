import { Alert, Button, Checkbox, Divider, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { MemberResponse, ProgramResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { ConfirmDialog } from './ConfirmDialog';
import { useRecordConsent, useRemoveMember, useUpdateMember } from './api';
import { ROLE_LABELS } from './labels';

type Props = { p: ProgramResponse; member: MemberResponse | null; members: MemberResponse[]; onClose: () => void };

/** A coordinator's view of one member: cohort, minor flag, recorded manager, guardian consent, removal. */
export function MemberModal({ p, member, members, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const update = useUpdateMember();
  const consent = useRecordConsent();
  const remove = useRemoveMember();
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [minor, setMinor] = useState(false);
  const [managerId, setManagerId] = useState<string | null>(null);
  const [guardianId, setGuardianId] = useState<string | null>(null);
  const [guardianName, setGuardianName] = useState('');
  const [guardianEmail, setGuardianEmail] = useState('');
  const [consentOn, setConsentOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!member) return;
    setCohortId(member.cohortId);
    setMinor(member.isMinor);
    setManagerId(member.managerMemberId);
    setGuardianId(member.guardianConsent?.guardianMemberId ?? null);
    setGuardianName(member.guardianConsent?.guardianName ?? '');
    setGuardianEmail(member.guardianConsent?.guardianEmail ?? '');
    setConsentOn(member.guardianConsent?.consentGivenOn ?? '');
    setErrors({});
    update.reset();
    consent.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [member]);

  if (!member) return null;
  const isMentee = member.role === 'mentee';
  const onError = (err: Error) => err instanceof ApiError && setErrors(err.fieldErrors());
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate({ id: member.id, body: isMentee ? { cohortId, isMinor: minor, managerMemberId: managerId } : {} }, { onSuccess: onClose, onError });
  };
  const saveConsent = () => {
    if (!consentOn) return setErrors({ consentGivenOn: 'Enter the date consent was given' });
    consent.mutate({ id: member.id, body: { guardianMemberId: guardianId, guardianName: guardianName || null, guardianEmail: guardianEmail || null, consentGivenOn: consentOn } }, { onSuccess: () => setErrors({}), onError });
  };
  const failure = [update.error, consent.error, remove.error].find((x) => x && !(x instanceof ApiError && x.problem.errors?.length));

  return (
    <Modal opened onClose={onClose} title={`${member.name} · ${ROLE_LABELS[member.role]}`} size="lg" fullScreen={fullScreen}>
      <form onSubmit={save} noValidate>
        <Stack>
          {isMentee ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label="Cohort" clearable placeholder="No cohort" data={p.cohorts.map((c) => ({ value: c.id, label: c.name }))} value={cohortId} onChange={setCohortId} error={errors.cohortId} />
                <Select
                  label="Manager (never matched)"
                  description="If one of the mentors is this mentee’s manager"
                  clearable
                  placeholder="None recorded"
                  data={members.filter((m) => m.role === 'mentor').map((m) => ({ value: m.id, label: m.name }))}
                  value={managerId}
                  onChange={setManagerId}
                  error={errors.managerMemberId}
                />
              </SimpleGrid>
              <Checkbox label="Minor" description="Only screened mentors are matched with minors, and only after a guardian’s consent." checked={minor} onChange={(ev) => setMinor(ev.currentTarget.checked)} />
            </>
          ) : (
            <Text size="sm" c="dimmed">{member.role === 'mentor' ? 'Screening is on the Mentors & screening tab.' : 'Nothing to set for this role.'}</Text>
          )}
          <Group justify="space-between">
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>Remove from program</Button>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>Close</Button>
              {isMentee && <Button type="submit" loading={update.isPending}>Save</Button>}
            </Group>
          </Group>
        </Stack>
      </form>
      {isMentee && (
        <Stack mt="md" gap="sm">
          <Divider />
          <Title order={3} size="h5">Guardian consent</Title>
          {member.guardianConsent ? (
            <Text size="sm" c="teal" role="status">Consent recorded on {member.guardianConsent.consentGivenOn}.</Text>
          ) : (
            <Text size="sm" c={member.isMinor ? 'red' : 'dimmed'}>{member.isMinor ? 'No consent yet: this minor is left out of matching until it is recorded.' : 'Needed only for minors.'}</Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Guardian (member)" clearable placeholder="Not a member" data={members.filter((m) => m.role === 'guardian').map((m) => ({ value: m.id, label: m.name }))} value={guardianId} onChange={setGuardianId} error={errors.guardianMemberId} />
            <TextInput label="Or guardian’s name" value={guardianName} onChange={(ev) => setGuardianName(ev.currentTarget.value)} error={errors.guardianName} />
            <TextInput label="Guardian’s e-mail" value={guardianEmail} onChange={(ev) => setGuardianEmail(ev.currentTarget.value)} error={errors.guardianEmail} />
            <TextInput type="date" label="Consent given on" value={consentOn} onChange={(ev) => setConsentOn(ev.currentTarget.value)} error={errors.consentGivenOn} />
          </SimpleGrid>
          <Group justify="flex-end"><Button variant="light" onClick={saveConsent} loading={consent.isPending}>Record consent</Button></Group>
        </Stack>
      )}
      {failure && <Alert mt="md" color="red" role="alert">{failure.message}</Alert>}
      <ConfirmDialog
        opened={confirming}
        title={`Remove ${member.name}?`}
        message={`${member.name} leaves the program as ${ROLE_LABELS[member.role].toLowerCase()}. Their matches in it end.`}
        confirm="Remove"
        busy={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(member.id, { onSuccess: () => { setConfirming(false); onClose(); }, onError: () => setConfirming(false) })}
      />
    </Modal>
  );
}
