import { useNavigate } from 'react-router';
import type { InboxItem } from '../../../domain/inbox/api';
import { useMarkRead } from './inbox-api';

/** Opening an item marks it read and goes where it points. */
export function useOpenItem(after?: () => void) {
  const navigate = useNavigate();
  const mark = useMarkRead();
  return (item: InboxItem) => {
    if (item.readAt === null) mark.mutate({ id: item.id, read: true });
    after?.();
    navigate(item.link);
  };
}
