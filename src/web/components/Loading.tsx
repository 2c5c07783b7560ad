import { Center, Loader } from '@mantine/core';

/** The page-section spinner: announced as busy, labelled for screen readers. */
export const Loading = ({ label }: { label: string }) => (
  <Center py="xl" aria-busy="true">
    <Loader aria-label={label} />
  </Center>
);
