// `target.push(...items)` passes every item as an argument, which overflows the call stack for a
// few hundred thousand items (a megabyte of pathological markup); this appends in a loop.

export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
