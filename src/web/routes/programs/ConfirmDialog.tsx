import { Button, Group, Modal, Stack, Text } from '@mantine/core';

type Props = { opened: boolean; title: string; message: string; confirm: string; color?: string; busy?: boolean; onConfirm: () => void; onClose: () => void };

/** A yes/no before something others will see or that cannot be undone. */
export function ConfirmDialog({ opened, title, message, confirm, color = 'red', busy, onConfirm, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button color={color} loading={busy} onClick={onConfirm}>{confirm}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
