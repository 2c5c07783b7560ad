import { AppShell, Badge, Burger, Group, Menu, NavLink, Text, UnstyledButton, Avatar, rem } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarCheck, IconUsers, IconMessages, IconSchool, IconSettings, IconLogout, IconChevronDown, IconHeartHandshake, IconTemplate, IconBulb, IconBuildingCommunity, IconCalendarEvent, IconBriefcase } from '@tabler/icons-react';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/session';
import { Logo } from './Logo';
import { LogInteractionButton, LogInteractionProvider } from './network/LogInteractionProvider';
import { ComposerProvider } from './follow-through/ComposerProvider';
import { useRequestCounts } from '../api/mentor-directory';
import { InboxBell } from './inbox/InboxBell';

const nav = [
  { to: '/', label: 'Today', icon: IconCalendarCheck, end: true },
  { to: '/promises', label: 'Promises', icon: IconHeartHandshake },
  { to: '/finds', label: 'Finds', icon: IconBulb },
  { to: '/network', label: 'Network', icon: IconUsers },
  { to: '/interviews', label: 'Interviews', icon: IconMessages },
  { to: '/mentoring', label: 'Mentoring', icon: IconSchool },
  { to: '/templates', label: 'Templates', icon: IconTemplate },
  { to: '/programs', label: 'Programs', icon: IconBuildingCommunity },
  { to: '/events', label: 'Events', icon: IconCalendarEvent },
  { to: '/jobs', label: 'Jobs', icon: IconBriefcase },
];

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.data?.user;
  // Besides the inbox bell, mentoring requests waiting for an answer show as a count on the nav entry.
  const waiting = useRequestCounts().data?.incomingPending ?? 0;
  const initials = user?.name.split(/\s+/).map((p) => p[0]).slice(0, 2).join('').toUpperCase();

  return (
    <LogInteractionProvider>
      <ComposerProvider>
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
              <Logo />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LogInteractionButton />
              <InboxBell />
              <Menu position="bottom-end" width={200}>
                <Menu.Target>
                  <UnstyledButton aria-label="Account menu">
                    <Group gap={8}>
                      <Avatar color="teal" radius="xl" size={32}>{initials}</Avatar>
                      <Text size="sm" fw={500} visibleFrom="xs">{user?.name}</Text>
                      <IconChevronDown style={{ width: rem(14) }} />
                    </Group>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{user?.email}</Menu.Label>
                  <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => navigate('/settings')}>Settings</Menu.Item>
                  <Menu.Item
                    leftSection={<IconLogout size={16} />}
                    onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
                  >
                    Log out
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main navigation">
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.6} />}
              rightSection={item.to === '/mentoring' && waiting > 0 ? <Badge size="sm" circle aria-label={`${waiting} mentoring request${waiting === 1 ? '' : 's'} waiting`}>{waiting}</Badge> : undefined}
              onClick={close}
              style={{ borderRadius: 8 }}
            />
          ))}
          <div style={{ flex: 1 }} />
          <NavLink component={RouterNavLink} to="/settings" label="Settings" leftSection={<IconSettings size={18} stroke={1.6} />} onClick={close} style={{ borderRadius: 8 }} />
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
      </ComposerProvider>
    </LogInteractionProvider>
  );
}
