/**
 * Runs `write` on each item of `items`, at most `writers` at a time, taking the next item only when a
 * write has room: the items (batches generated on demand) are made while earlier ones are being written,
 * and no more than `writers` + 1 are held at once. The first failure stops the feed; it is thrown once
 * every write still in flight has settled, so nothing is left running behind the caller.
 */
export async function writeInTurns<T>(
  items: Iterable<T>,
  writers: number,
  write: (item: T) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(writers) || writers < 1)
    throw new RangeError(`writers must be 1 or more, not ${writers}`);
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const item of items) {
    while (inFlight.size >= writers) await Promise.race(inFlight);
    if (failure) break;
    const written: Promise<void> = write(item)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(written));
    inFlight.add(written);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
}
