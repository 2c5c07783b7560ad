import { useEffect, useRef, useState } from 'react';
import type { TodayResponse } from '../../../domain/follow-through/api';

/**
 * The items that arrived on Today, or moved to another day, while the page was open (created,
 * snoozed or put back from here): a folded bucket still shows them, so what you just did never
 * disappears behind "Show all". The first load marks nothing.
 */
export function useFreshItems(d: TodayResponse | undefined): ReadonlySet<string> {
  const seen = useRef<Map<string, string> | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (!d) return;
    const now = new Map([...d.overdue, ...d.dueToday, ...d.upcoming].map((i) => [i.id, i.dueDate]));
    const before = seen.current;
    seen.current = now;
    if (!before) return;
    const changed = [...now].filter(([id, due]) => before.get(id) !== due).map(([id]) => id);
    if (changed.length > 0) setFresh((s) => new Set([...s, ...changed]));
  }, [d]);
  return fresh;
}
