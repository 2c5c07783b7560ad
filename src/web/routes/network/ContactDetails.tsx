import { Anchor, Badge, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { IconBrandLinkedin } from '@tabler/icons-react';
import type { Contact } from '../../../domain/network/api';
import { CircleBadge } from '../../components/network/CircleBadge';
import { formatOccasion, lastContactedLabel } from '../../components/network/dates';
import { LEVEL_LABELS } from '../../components/network/vocabulary';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const dash = <Text span c="dimmed">—</Text>;

function Labelled({ items, href }: { items: { label: string | null; value: string }[]; href: (v: string) => string }) {
  if (items.length === 0) return dash;
  return (
    <Stack gap={2}>
      {items.map((it) => (
        <Group key={it.value} gap={6} wrap="nowrap">
          <Anchor href={href(it.value)} size="sm" style={{ overflowWrap: 'anywhere' }}>{it.value}</Anchor>
          {it.label && <Text size="xs" c="dimmed">{it.label}</Text>}
        </Group>
      ))}
    </Stack>
  );
}

/** Every stored field of a contact, read-only. */
export function ContactDetails({ contact: c }: { contact: Contact }) {
  return (
    <Stack gap="md">
      <Card withBorder padding="lg" component="section" aria-labelledby="contact-reach">
        <Title order={3} size="h5" id="contact-reach" mb="sm">Contact details</Title>
        <DataList labelWidth={110} gap="xs">
          <Row label="E-mail"><Labelled items={c.emails} href={(v) => `mailto:${v}`} /></Row>
          <Row label="Phone"><Labelled items={c.phones} href={(v) => `tel:${v.replace(/[^\d+]/g, '')}`} /></Row>
          <Row label="LinkedIn">
            {c.linkedinUrl ? (
              <Anchor href={c.linkedinUrl} target="_blank" rel="noreferrer" size="sm">
                <Group gap={4} wrap="nowrap" component="span"><IconBrandLinkedin size={16} />{c.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}</Group>
              </Anchor>
            ) : dash}
          </Row>
        </DataList>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="contact-work">
        <Title order={3} size="h5" id="contact-work" mb="sm">Work</Title>
        <DataList labelWidth={110} gap="xs">
          <Row label="Company">{c.company ?? dash}</Row>
          <Row label="Title">{c.title ?? dash}</Row>
          <Row label="Department">{c.department ?? dash}</Row>
          <Row label="Industry">{c.industry ?? dash}</Row>
          <Row label="Level">{c.level ? LEVEL_LABELS[c.level] : dash}</Row>
          <Row label="Employer">{c.employer === 'inside' ? 'Inside my employer' : c.employer === 'outside' ? 'Outside my employer' : dash}</Row>
        </DataList>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="contact-relationship">
        <Title order={3} size="h5" id="contact-relationship" mb="sm">Relationship</Title>
        <DataList labelWidth={110} gap="xs">
          <Row label="Circle">{c.circle ? <CircleBadge circle={c.circle} /> : dash}</Row>
          <Row label="Last contact">{lastContactedLabel(c.lastContactedAt)}</Row>
          <Row label="How we met">{c.howWeMet ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.howWeMet}</Text> : dash}</Row>
          <Row label="Birthday">{c.birthday ? formatOccasion(c.birthday) : dash}</Row>
          {c.importantDates.map((d) => (
            <Row key={`${d.label}-${d.date}`} label={d.label.charAt(0).toUpperCase() + d.label.slice(1)}>{formatOccasion(d.date)}</Row>
          ))}
          <Row label="Tags">
            {c.tags.length ? (
              <Group gap={4}>{c.tags.map((t) => <Badge key={t} variant="outline" color="gray" radius="sm" tt="none" fw={500}>{t}</Badge>)}</Group>
            ) : dash}
          </Row>
        </DataList>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="contact-notes">
        <Title order={3} size="h5" id="contact-notes" mb="sm">Notes</Title>
        {c.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Text> : <Text size="sm" c="dimmed">No notes yet. Edit the contact to add what they care about.</Text>}
      </Card>
    </Stack>
  );
}
