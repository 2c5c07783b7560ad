import { ActionIcon, Button, Kbd, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconMessagePlus } from '@tabler/icons-react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { LogInteractionModal, type LogInteractionPrefill } from './LogInteractionModal';

type Ctx = { open: (prefill?: LogInteractionPrefill) => void };
const LogInteractionContext = createContext<Ctx>({ open: () => undefined });

/** The "Log interaction" modal, openable from anywhere in the app (and with mod+I). */
export function LogInteractionProvider({ children }: { children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  const [prefill, setPrefill] = useState<LogInteractionPrefill>({});
  const open = useCallback((p: LogInteractionPrefill = {}) => {
    setPrefill(p);
    setOpened(true);
  }, []);
  // Works while typing in a field too: mod+I has no meaning in plain inputs.
  useHotkeys([['mod+I', () => { if (!opened) open(); }]], []);
  const value = useMemo(() => ({ open }), [open]);
  return (
    <LogInteractionContext.Provider value={value}>
      {children}
      <LogInteractionModal opened={opened} onClose={() => setOpened(false)} prefill={prefill} />
    </LogInteractionContext.Provider>
  );
}

export const useLogInteraction = () => useContext(LogInteractionContext);

/** The header button. */
export function LogInteractionButton() {
  const { open } = useLogInteraction();
  const label = <>Log interaction <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">I</Kbd></>;
  return (
    <>
      <Tooltip label={label}>
        <Button visibleFrom="xs" size="sm" variant="light" leftSection={<IconMessagePlus size={16} />} onClick={() => open()} aria-keyshortcuts="Control+I Meta+I">
          Log interaction
        </Button>
      </Tooltip>
      <ActionIcon hiddenFrom="xs" size="lg" variant="light" aria-label="Log interaction" onClick={() => open()}>
        <IconMessagePlus size={18} />
      </ActionIcon>
    </>
  );
}
