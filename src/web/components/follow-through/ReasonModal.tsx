import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

type Props = {
  opened: boolean;
  title: string;
  what: string;
  confirm: string;
  placeholder?: string;
  busy?: boolean;
  error?: string | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
};

/** Skip a follow-up or drop a promise: both need a reason. */
export function ReasonModal({ opened, title, what, confirm, placeholder, busy, error, onClose, onSubmit }: Props) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      setReason('');
      setTouched(false);
    }
  }, [opened]);
  const empty = !reason.trim();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!empty) onSubmit(reason.trim());
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{what}</Text>
          <TextInput
            label="Reason"
            placeholder={placeholder}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={(touched && empty ? 'Say why' : undefined) ?? error ?? undefined}
            data-autofocus
            required
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy} color="orange">{confirm}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
