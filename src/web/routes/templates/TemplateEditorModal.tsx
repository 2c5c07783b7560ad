import { Alert, Button, Chip, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { TemplateResponse } from '../../../domain/follow-through/api';
import { KNOWN_MERGE_FIELDS } from '../../../domain/follow-through/templates';
import { ApiError } from '../../api/client';
import { useSaveTemplate } from '../../api/follow-through';

type Props = { opened: boolean; template: TemplateResponse | null; onClose: () => void };

/** Edit a template (or create one): subject, body, and merge fields to click in at the cursor. */
export function TemplateEditorModal({ opened, template, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const save = useSaveTemplate();
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { reset } = save;
  const linkedin = template?.channel === 'linkedin';

  useEffect(() => {
    if (!opened) return;
    setName(template?.name ?? '');
    setSubject(template?.subject ?? '');
    setBody(template?.body ?? '');
    setErrors({});
    reset();
  }, [opened, template, reset]);

  const insert = (field: string) => {
    const el = bodyRef.current;
    const token = `{${field}}`;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const payload = { name: name.trim(), subject: linkedin ? null : subject.trim() || null, body };
    save.mutate(
      { id: template?.id, body: payload },
      { onSuccess: onClose, onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()) },
    );
  };

  const limit = template?.characterLimit ?? null;
  return (
    <Modal opened={opened} onClose={onClose} title={template ? `Edit “${template.name}”` : 'New template'} size="xl" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
          {!linkedin && <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} />}
          <Textarea
            ref={bodyRef}
            label="Body"
            description={limit ? `${body.length}/${limit} characters (LinkedIn limit)` : 'Merge fields use single braces: {firstName}'}
            autosize
            minRows={8}
            maxRows={20}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.body}
            styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 } }}
          />
          <div>
            <Text size="sm" fw={500} mb={6}>Insert a merge field</Text>
            <Group gap={6}>
              {KNOWN_MERGE_FIELDS.map((f) => (
                <Chip key={f} size="xs" checked={false} onChange={() => insert(f)} variant="outline">{`{${f}}`}</Chip>
              ))}
            </Group>
          </div>
          {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save template</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
