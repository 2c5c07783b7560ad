import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { TemplateComposer, type ComposerTarget } from './TemplateComposer';

type Ctx = { openComposer: (target: ComposerTarget) => void };
const ComposerContext = createContext<Ctx>({ openComposer: () => undefined });

/** The template composer, openable from Today, a contact page or anywhere inside the app shell. */
export function ComposerProvider({ children }: { children: React.ReactNode }) {
  const [target, setTarget] = useState<ComposerTarget | null>(null);
  const openComposer = useCallback((t: ComposerTarget) => setTarget(t), []);
  const value = useMemo(() => ({ openComposer }), [openComposer]);
  return (
    <ComposerContext.Provider value={value}>
      {children}
      <TemplateComposer target={target} onClose={() => setTarget(null)} />
    </ComposerContext.Provider>
  );
}

export const useComposer = () => useContext(ComposerContext);
