import type { Db } from '../../src/server/db/client';

/**
 * A handle that counts the statements sent through it: every query builder started on it and
 * every execute (not those inside a transaction it opens). Tests and benches use the count to show
 * work that must not grow with the data.
 */
export function counting(handle: Db): { db: Db; counter: { n: number } } {
  const counter = { n: 0 };
  const counted = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'insert', 'update', 'delete', 'execute']);
  const proxy = new Proxy(handle, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof prop === 'string' && counted.has(prop) && typeof v === 'function') {
        return (...args: unknown[]) => {
          counter.n += 1;
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return v;
    },
  });
  return { db: proxy as Db, counter };
}
