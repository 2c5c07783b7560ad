import { ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import type { Contact } from '../../../domain/network/api';
import { useSetStarred } from '../../api/network';

export function StarButton({ contact, size = 'md', className }: { contact: Pick<Contact, 'id' | 'displayName' | 'starred'>; size?: string; className?: string }) {
  const star = useSetStarred();
  const starred = star.isPending ? Boolean(star.variables?.starred) : contact.starred;
  const label = starred ? `Unstar ${contact.displayName}` : `Star ${contact.displayName}`;
  return (
    <Tooltip label={starred ? 'Starred' : 'Star'}>
      <ActionIcon
        className={className}
        variant="subtle"
        color={starred ? 'yellow' : 'gray'}
        size={size}
        aria-label={label}
        aria-pressed={starred}
        onClick={() =>
          star.mutate({ id: contact.id, starred: !starred }, { onError: (err) => notifications.show({ color: 'red', message: err.message }) })
        }
      >
        {starred ? <IconStarFilled size={18} /> : <IconStar size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
