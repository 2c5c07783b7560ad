import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" maw={520}>
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">There is nothing at this address. It may have moved, or the link may be mistyped.</Text>
      <Button component={Link} to="/" variant="light">Go to Today</Button>
    </Stack>
  );
}
