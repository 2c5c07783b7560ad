import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ListingResponse } from '../../../domain/job-board/api';
import type { ListingKind } from '../../../domain/job-board/rules';
import { ApiError } from '../../api/client';
import { useCreateListing, useUpdateListing } from './api';
import { kindOptions } from './labels';

type Form = { title: string; organization: string; kind: ListingKind; location: string; remote: boolean; link: string; description: string; tags: string[]; closesOn: string };
const EMPTY: Form = { title: '', organization: '', kind: 'job', location: '', remote: false, link: '', description: '', tags: [], closesOn: '' };
const fromListing = (l: ListingResponse): Form => ({
  title: l.title,
  organization: l.organization,
  kind: l.kind,
  location: l.location ?? '',
  remote: l.remote,
  link: l.link ?? '',
  description: l.description ?? '',
  tags: l.tags,
  closesOn: l.closesOn ?? '',
});

/** Post a new listing to a program, or edit one (`editing`). The server's field messages show under each field. */
export function ListingFormModal({ programId, editing, opened, onClose, needsApproval }: { programId: string; editing: ListingResponse | null; opened: boolean; onClose: () => void; needsApproval: boolean }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const create = useCreateListing(programId);
  const update = useUpdateListing();
  const [f, setF] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    setF(editing ? fromListing(editing) : EMPTY);
    setErrors({});
    setFailure(null);
  }, [opened, editing]);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setF((s) => ({ ...s, [k]: v }));
    // A corrected field drops its message; "remote" also answers the location's.
    setErrors((e) => (e[k] || (k === 'remote' && e.location) ? { ...e, [k]: '', ...(k === 'remote' ? { location: '' } : {}) } : e));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!f.title.trim()) next.title = 'Title is required';
    if (!f.organization.trim()) next.organization = 'Organisation is required';
    if (!f.remote && !f.location.trim()) next.location = 'Give a location, or mark the listing remote';
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length) return;
    const body = { ...f, location: f.location.trim() || null, link: f.link.trim() || null, description: f.description.trim() || null, closesOn: f.closesOn || null };
    try {
      if (editing) await update.mutateAsync({ id: editing.id, body });
      else await create.mutateAsync(body);
      notifications.show({ color: 'teal', message: editing ? 'Listing saved.' : needsApproval ? 'Posted. A coordinator approves it before mentees see it.' : 'Posted: mentees whose goals match see it first.' });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) setErrors(err.fieldErrors());
      else setFailure(err instanceof Error ? err.message : 'Something went wrong.');
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? 'Edit listing' : 'Post a listing'} size="lg" fullScreen={fullScreen}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {needsApproval && <Alert color="yellow">This program’s mentees are minors: a coordinator approves your listing{editing ? ' again after changes' : ''} before mentees see it.</Alert>}
          <TextInput label="Title" placeholder="e.g. Summer data internship" required value={f.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Organisation" placeholder="Who is hiring" required value={f.organization} onChange={(e) => set('organization', e.currentTarget.value)} error={errors.organization} />
            <Select label="Kind" required allowDeselect={false} data={kindOptions} value={f.kind} onChange={(v) => v && set('kind', v as ListingKind)} error={errors.kind} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Location" placeholder="City, or leave empty if remote" value={f.location} onChange={(e) => set('location', e.currentTarget.value)} error={errors.location} />
            <Checkbox label="Remote" checked={f.remote} onChange={(e) => set('remote', e.currentTarget.checked)} mt={{ base: 0, sm: 32 }} error={errors.remote} />
          </SimpleGrid>
          <TextInput label="Link" placeholder="https://…" value={f.link} onChange={(e) => set('link', e.currentTarget.value)} error={errors.link} />
          <TagsInput label="Skills and areas" description="Press Enter after each; mentees with these goals see it first" placeholder="e.g. data analysis" value={f.tags} onChange={(v) => set('tags', v)} error={errors.tags} />
          <Textarea label="Description" autosize minRows={3} maxRows={10} value={f.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
          <TextInput type="date" label="Closes on" description="Leave empty if it stays open until you close it" value={f.closesOn} onChange={(e) => set('closesOn', e.currentTarget.value)} error={errors.closesOn} style={{ maxWidth: 220 }} />
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>{editing ? 'Save' : 'Post listing'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
