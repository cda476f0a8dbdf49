import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { LocalNeo4jError } from './preflight.js';

const INITIAL_PASSWORD = 'neo4j';

export type BoltState = 'ready' | 'starting';

function openDriver(uri: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
  });
}

function code(error: unknown): string {
  return error instanceof Neo4jError ? error.code : '';
}

async function answers(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close();
  }
}

/**
 * One attempt to reach a freshly started local Neo4j as user neo4j with the configured password.
 * A new store still has Neo4j's initial password, which must be changed before any query is allowed,
 * so on the first start we change it to ours. 'starting' means: not up yet, ask again.
 */
export async function tryAuthenticate(uri: string, password: string, database: string): Promise<BoltState> {
  const driver = openDriver(uri, password);
  try {
    await answers(driver, database);
    return 'ready';
  } catch (error) {
    if (code(error) !== 'Neo.ClientError.Security.Unauthorized') return 'starting';
  } finally {
    await driver.close();
  }

  const initial = openDriver(uri, INITIAL_PASSWORD);
  try {
    const session = initial.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', {
        old: INITIAL_PASSWORD,
        new: password,
      });
    } finally {
      await session.close();
    }
    return 'starting';
  } catch (error) {
    if (code(error) === 'Neo.ClientError.Security.Unauthorized') {
      throw new LocalNeo4jError(
        'The local Neo4j refused user neo4j: its data folder was set up with another password than NEO4J_PASSWORD. ' +
          'Set NEO4J_PASSWORD to the password used before, or delete the data folder (NEO4J_LOCAL_DATA_DIR) to start afresh.',
      );
    }
    if (code(error) === 'Neo.ClientError.Security.AuthenticationRateLimit') return 'starting';
    throw error;
  } finally {
    await initial.close();
  }
}
