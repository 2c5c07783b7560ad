import { Stack, Text, Title } from '@mantine/core';
import { ProfileSection } from './ProfileSection';
import { PasswordSection } from './PasswordSection';
import { TokensSection } from './TokensSection';
import { SessionsSection } from './SessionsSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { FollowThroughSection } from './FollowThroughSection';
import { CalendarSection } from './CalendarSection';
import { MailSection } from './MailSection';
import { InboxPreferencesSection } from '../../components/inbox/InboxPreferencesSection';

export function SettingsPage() {
  return (
    <Stack maw={820} gap="lg">
      <div>
        <Title order={2}>Settings</Title>
        <Text c="dimmed">Your profile, reminders, security and API access.</Text>
      </div>
      <ProfileSection />
      <FollowThroughSection />
      <CalendarSection />
      <MailSection />
      <InboxPreferencesSection />
      <PasswordSection />
      <TokensSection />
      <SessionsSection />
      <DeleteAccountSection />
    </Stack>
  );
}
