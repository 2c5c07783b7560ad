import { Button, Group, Modal, Stack, Text } from '@mantine/core';

type Props = { opened: boolean; title: string; message: string; confirm: string; busy?: boolean; onConfirm: () => void; onClose: () => void };

/** A yes/no before something that cannot be undone. */
export function ConfirmModal({ opened, title, message, confirm, busy, onConfirm, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button color="red" loading={busy} onClick={onConfirm}>{confirm}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
