import { useHotkeys } from '@mantine/hooks';
import { undoLast } from '../../components/follow-through/undo-toast';

const items = () => [...document.querySelectorAll<HTMLElement>('[data-followup]')];

function move(step: number) {
  const list = items();
  if (!list.length) return;
  const current = list.findIndex((el) => el.contains(document.activeElement));
  const next = list[Math.max(0, Math.min(list.length - 1, current < 0 ? 0 : current + step))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

function press(action: 'done' | 'snooze') {
  const card = (document.activeElement as HTMLElement | null)?.closest('[data-followup]');
  card?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.click();
}

/** j/k move between Today's items, d marks the focused one done, s opens its snooze menu, u undoes the last action. */
export function useItemKeys() {
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['d', () => press('done')],
    ['s', () => press('snooze')],
    ['u', () => void undoLast()],
  ]);
}
