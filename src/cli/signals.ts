/**
 * Calls `stop` on the first SIGINT or SIGTERM, and exits at once on a later one. Under `npm start` a
 * Ctrl-C arrives twice (from the terminal and relayed by npm), so a repeat within a second is the same
 * request, not a person asking to hurry. Whatever way we exit, the local Neo4j stops with us.
 */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => Promise<void>, warn: (m: string) => void) {
  let firstAt: number | undefined;
  const handle = (signal: NodeJS.Signals) => {
    if (firstAt !== undefined) {
      if (Date.now() - firstAt < 1000) return;
      warn(`${signal} again: exiting without waiting`);
      process.exit(130);
    }
    firstAt = Date.now();
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        warn(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
