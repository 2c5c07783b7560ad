import { Alert, Anchor, Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconBulb, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { DirectoryEntry } from '../../../domain/mentor-directory/api';
import { useSuggestions } from '../../api/mentor-directory';
import { Loading } from '../../components/Loading';
import { MentorEntryCard } from './MentorEntryCard';

/** "Think outside the box": people unlike me who have the skill I want. */
export function SuggestionsPanel({ onAsk }: { onAsk: (e: DirectoryEntry, areas: string[]) => void }) {
  const [skillsInput, setSkillsInput] = useState('');
  const [industryInput, setIndustryInput] = useState('');
  const [applied, setApplied] = useState({ skills: '', industry: '' });
  const s = useSuggestions(applied.skills, applied.industry);
  const basis = s.data?.basis;
  // Open on a wide screen; on a phone folded, so the directory itself is not pushed off screen.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [open, setOpen] = useState(true);
  useEffect(() => setOpen(wide), [wide]);
  const count = s.data?.items.length ?? 0;
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-yellow-light)">
      <Stack gap="sm">
        <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="outside-the-box">
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Group gap="xs" wrap="nowrap">
              <IconBulb size={20} aria-hidden />
              <Title order={2} size="h4">Think outside the box{!open && count > 0 ? ` (${count})` : ''}</Title>
            </Group>
            {open ? <IconChevronUp size={18} aria-hidden /> : <IconChevronDown size={18} aria-hidden />}
          </Group>
        </UnstyledButton>
        <Collapse expanded={open} id="outside-the-box">
          <Stack gap="sm">
            <Text size="sm">Someone unlike you (another industry, another generation) often sees what your peers miss. These mentors have a skill you want and a different background.</Text>
            <form onSubmit={(e) => { e.preventDefault(); setApplied({ skills: skillsInput.trim(), industry: industryInput.trim() }); }}>
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput label="Skills you want" placeholder={basis?.skills.length ? basis.skills.join(', ') : 'e.g. Negotiation, Public speaking'} value={skillsInput} onChange={(e) => setSkillsInput(e.currentTarget.value)} style={{ flex: '1 1 220px' }} />
                <TextInput label="Your industry" placeholder={basis?.industry ?? 'e.g. Software'} value={industryInput} onChange={(e) => setIndustryInput(e.currentTarget.value)} style={{ flex: '1 1 160px' }} />
                <Button type="submit" variant="light">Suggest</Button>
              </Group>
            </form>
            {s.isPending && <Loading label="Loading suggestions" />}
            {s.error && <Alert color="red" role="alert" title="Suggestions could not be loaded">{s.error.message}</Alert>}
            {basis && (
              <Text size="xs" c="dimmed">
                {basis.skills.length ? `For: ${basis.skills.join(', ')}` : 'No skills yet: type some, or add areas of growth to your goals.'}
                {basis.industry ? ` · Your industry: ${basis.industry}` : ' · Name your industry to find people from other ones.'}
                {basis.usesAgeBand || basis.usesGender ? ' · Also using what you chose to state on your profile.' : ''}{' '}
                <Anchor component={Link} to="/mentoring?tab=profile" inherit>Your profile</Anchor>
              </Text>
            )}
            {s.data && s.data.items.length === 0 && basis && basis.skills.length > 0 && (
              <Text size="sm" c="dimmed">Nobody unlike you with those skills yet. Try other skills, or browse the whole directory below.</Text>
            )}
            {s.data && s.data.items.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {s.data.items.map((x) => (
                  <MentorEntryCard
                    key={x.mentor.id}
                    e={x.mentor}
                    onAsk={(e) => onAsk(e, x.matchedSkills)}
                    why={<Text size="sm" c="grape.8">Has {x.matchedSkills.join(', ')}; {x.differences.join(', ')}</Text>}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
