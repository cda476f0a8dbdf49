import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config/paths.js';
import { auditResolvers } from './audit/resolvers.js';
import { controlResolvers } from './control/resolvers.js';
import { disagreementResolvers } from './disagreement/resolvers.js';
import { entityResolvers } from './entity/resolvers.js';
import type { Resolvers } from './generated/resolvers.js';
import { nodeResolvers } from './node/resolvers.js';
import { pathResolvers } from './path/resolvers.js';
import { relationResolvers } from './relations/resolvers.js';
import { searchResolvers } from './search/resolvers.js';
import { statementResolvers } from './statement/resolvers.js';
import { writeResolvers } from './write/resolvers.js';

const schemaDir = path.join(projectRoot, 'schema');

/** The SDL files under schema/, the contract the resolvers implement. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), 'utf8'));
}

export const resolvers: Resolvers[] = [
  nodeResolvers,
  entityResolvers,
  searchResolvers,
  statementResolvers,
  controlResolvers,
  relationResolvers,
  disagreementResolvers,
  pathResolvers,
  writeResolvers,
  auditResolvers,
];
