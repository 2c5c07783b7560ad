import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBulb } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OverviewGap } from '../../../domain/network/overview-api';

/** Where the network is thin, in words first: the charts below show the same picture. */
export function GapAlerts({ gaps }: { gaps: OverviewGap[] }) {
  if (gaps.length === 0) {
    return (
      <Alert color="teal" variant="light" title="No obvious gaps" icon={<IconBulb size={20} />}>
        Your network is spread across circles, levels and industries, and you are in touch with it. Keep it that way.
      </Alert>
    );
  }
  return (
    <Stack gap="sm" aria-label="Where your network is thin" role="list">
      {gaps.map((g) => (
        <Alert
          key={g.code}
          role="listitem"
          color={g.severity === 'warning' ? 'orange' : 'blue'}
          variant="light"
          title={g.message}
          icon={g.severity === 'warning' ? <IconAlertTriangle size={20} /> : <IconBulb size={20} />}
        >
          <Group justify="space-between" align="center" gap="sm" wrap="wrap">
            <Text size="sm" style={{ flex: '1 1 260px' }}>{g.detail}</Text>
            {g.action && (
              <Button component={Link} to={g.action.href} size="xs" variant="white" color={g.severity === 'warning' ? 'orange' : 'blue'}>
                {g.action.label}
              </Button>
            )}
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
