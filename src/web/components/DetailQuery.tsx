import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { Loading } from './Loading';

export const BackLink = ({ to, label }: { to: string; label: string }) => (
  <Anchor component={Link} to={to} size="sm">
    <Group gap={4}>
      <IconArrowLeft size={14} />
      {label}
    </Group>
  </Anchor>
);

/**
 * One record's page: a spinner while it loads, a way back and a plain message when it does not
 * exist (404) or cannot be loaded, the page itself once it is here.
 */
export function DetailQuery<T>(props: { query: UseQueryResult<T, Error>; noun: string; back: { to: string; label: string }; children: (data: T) => ReactNode }) {
  const { query, noun, back } = props;
  if (query.isPending) return <Loading label={`Loading the ${noun}`} />;
  if (query.error) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack maw={720}>
        <BackLink {...back} />
        <Alert color={gone ? 'gray' : 'red'} role="alert" title={gone ? `This ${noun} does not exist` : `The ${noun} could not be loaded`}>
          {gone ? `It may have been deleted. ${query.error.message}` : query.error.message}
        </Alert>
      </Stack>
    );
  }
  return <>{props.children(query.data)}</>;
}
