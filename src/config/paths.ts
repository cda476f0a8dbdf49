import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, so relative settings mean the same whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
