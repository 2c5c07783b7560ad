import { useEffect, useRef, useState } from 'react';

/**
 * Local form state that follows the server's value when that changes, unless the person has
 * edited the field since: a refetch never wipes what they are typing.
 */
export function useSyncedState<T>(server: T): [T, (v: T) => void] {
  const [value, setValue] = useState(server);
  const last = useRef(server);
  useEffect(() => {
    const previous = last.current;
    last.current = server;
    setValue((v) => (Object.is(v, previous) ? server : v));
  }, [server]);
  return [value, setValue];
}
