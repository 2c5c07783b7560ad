import { Alert, Center, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useRenderTemplate, useTemplates } from '../../api/follow-through';
import { ComposerEditor } from './ComposerEditor';

export type ComposerTarget = {
  contactId?: string;
  contactName?: string;
  /** The follow-up the message answers; the composer offers to mark it done. */
  followUpId?: string;
  templateId?: string;
};

/** Pick a template, render it for a contact (and follow-up), edit, copy or open in the mail app. */
export function TemplateComposer({ target, onClose }: { target: ComposerTarget | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const templates = useTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);

  useEffect(() => {
    if (target) setTemplateId(target.templateId ?? 'thank-you-recap');
  }, [target]);

  const rendered = useRenderTemplate(target ? templateId : null, {
    ...(target?.contactId ? { contactId: target.contactId } : {}),
    ...(target?.followUpId ? { followUpId: target.followUpId } : {}),
  });
  const template = templates.data?.items.find((t) => t.id === templateId) ?? null;
  const options = [
    { group: 'Built-in', items: (templates.data?.items ?? []).filter((t) => t.builtIn).map((t) => ({ value: t.id, label: t.name })) },
    { group: 'Your templates', items: (templates.data?.items ?? []).filter((t) => !t.builtIn).map((t) => ({ value: t.id, label: t.name })) },
  ].filter((g) => g.items.length > 0);

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.contactName ? `Write to ${target.contactName}` : 'Write a message'}
      size="lg"
      fullScreen={fullScreen}
    >
      <Stack>
        <Select
          label="Template"
          data={options}
          value={templateId}
          onChange={(v) => v && setTemplateId(v)}
          allowDeselect={false}
          disabled={templates.isPending}
          error={templates.error?.message}
        />
        {rendered.isPending && templateId && (
          <Center py="lg" aria-busy="true">
            <Loader size="sm" aria-label="Filling in the template" />
          </Center>
        )}
        {rendered.error && <Alert color="red" role="alert">{rendered.error.message}</Alert>}
        {rendered.data && target && (
          <ComposerEditor
            key={`${templateId}-${rendered.dataUpdatedAt}`}
            rendered={rendered.data}
            channel={template?.channel ?? 'email'}
            followUpId={target.followUpId}
            onDone={onClose}
          />
        )}
        {!target?.contactId && <Text size="xs" c="dimmed">No contact chosen: the contact's fields stay as placeholders.</Text>}
      </Stack>
    </Modal>
  );
}
