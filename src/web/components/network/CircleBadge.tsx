import { Avatar, Badge } from '@mantine/core';
import type { Contact } from '../../../domain/network/api';
import { CIRCLE_COLORS, CIRCLE_LABELS } from './vocabulary';

export function CircleBadge({ circle }: { circle: Contact['circle'] }) {
  if (!circle) return null;
  return (
    <Badge variant="light" color={CIRCLE_COLORS[circle]} radius="sm" tt="none" fw={600}>
      {CIRCLE_LABELS[circle]}
    </Badge>
  );
}

export function initials(name: string): string {
  const parts = name.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function ContactAvatar({ contact, size = 40 }: { contact: Pick<Contact, 'displayName' | 'circle'>; size?: number }) {
  return (
    <Avatar radius="xl" size={size} color={contact.circle ? CIRCLE_COLORS[contact.circle] : 'gray'} aria-hidden>
      {initials(contact.displayName)}
    </Avatar>
  );
}

/** "Senior Product Manager @ Northwind Traders", or whichever half is known. */
export function workLine(c: Pick<Contact, 'title' | 'company'>): string | null {
  if (c.title && c.company) return `${c.title} @ ${c.company}`;
  return c.title ?? c.company ?? null;
}
