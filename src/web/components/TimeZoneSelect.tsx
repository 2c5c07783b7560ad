import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { isKnownTimeZone, listTimeZones } from '../../domain/accounts/time-zone';

export function browserTimeZone(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return tz && isKnownTimeZone(tz) ? tz : 'UTC';
}

export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const data = useMemo(() => listTimeZones(), []);
  return <Select searchable limit={50} nothingFoundMessage="No such time zone" allowDeselect={false} {...props} data={data} />;
}
