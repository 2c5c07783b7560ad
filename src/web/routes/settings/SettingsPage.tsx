import { Stack, Text, Title } from '@mantine/core';
import { ProfileSection } from './ProfileSection';
import { PasswordSection } from './PasswordSection';
import { TokensSection } from './TokensSection';
import { SessionsSection } from './SessionsSection';
import { DeleteAccountSection } from './DeleteAccountSection';

export function SettingsPage() {
  return (
    <Stack maw={820} gap="lg">
      <div>
        <Title order={2}>Settings</Title>
        <Text c="dimmed">Your profile, security and API access.</Text>
      </div>
      <ProfileSection />
      <PasswordSection />
      <TokensSection />
      <SessionsSection />
      <DeleteAccountSection />
    </Stack>
  );
}
