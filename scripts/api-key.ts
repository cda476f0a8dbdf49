/**
 * `npm run api-key -- --name alice --role editor`: makes a new API key. The key is printed once, for its
 * holder; the server is given only its hash, as an API_KEYS entry or a keys-file entry.
 */
import { parseArgs } from 'node:util';
import { hashKey, newKey, parseKeyList } from '../src/auth/keys.js';
import { ROLES } from '../src/auth/roles.js';
import { runCli } from '../src/cli/run.js';
import { UsageError } from '../src/cli/usage.js';

const USAGE = `Usage: npm run api-key -- --name <name> --role <${ROLES.join('|')}>

  --name  who holds the key, as the audit log will name them: 1-64 letters, digits, . _ -
  --role  reader (queries), editor (also mutations) or admin (also the audit log)`;

await runCli(async () => {
  let values: { name?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.name || !values.role) throw new UsageError(`--name and --role are both needed.\n\n${USAGE}`);
  const key = newKey();
  const entry = `${values.name}:${values.role}:${hashKey(key)}`;
  try {
    parseKeyList(entry);
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/^entry 1 \("[^"]*"\) must be name:role:sha256; /, '')}\n\n${USAGE}`,
    );
  }
  console.log(`The key (give it to ${values.name}; it is shown only this once):

  ${key}

For the server, either add this entry to API_KEYS (comma-separated):

  ${entry}

or this one to the keys file (API_KEYS_FILE):

  - name: ${values.name}
    role: ${values.role}
    sha256: ${hashKey(key)}`);
});
