/** An environment variable the benchmark's child servers cannot run without. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: this server is started by \`npm run bench\`, which sets it.`);
    process.exit(1);
  }
  return value;
}
