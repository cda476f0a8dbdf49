import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config/paths.js';
import { isWithin } from './safeRead.js';

const SEED_EXTENSIONS = ['.yaml', '.yml'];

/** The project's own seed folder, loaded by default. */
export const SEED_DIR = path.join(projectRoot, 'seed');

export interface SeedFileRef {
  /** Absolute. */
  file: string;
  /**
   * The seed folder the file belongs to: the files it names (an article's textFile) must be in it. A
   * folder given on the command line is its files' seed folder; a file given alone belongs to its own
   * folder. Anything in the project's seed/ belongs to seed/ as a whole, whose sources/ name texts/.
   */
  root: string;
}

function seedRootOf(input: string, isFolder: boolean): string {
  if (isWithin(SEED_DIR, input)) return SEED_DIR;
  return isFolder ? input : path.dirname(input);
}

/**
 * The seed files named on the command line: files as given, folders searched for *.yaml, sorted. In a
 * folder, a symbolic link counts only if it leads to a file inside that folder, and only regular files are
 * read: a FIFO named .yaml would hang the seed.
 */
export async function collectSeedFiles(
  inputs: string[],
): Promise<{ files: SeedFileRef[]; refused: { input: string; reason: string }[] }> {
  const files = new Map<string, string>();
  const refused: { input: string; reason: string }[] = [];
  const walk = async (dir: string, root: string, realRoot: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const shown = path.relative(process.cwd(), full) || full;
      if (entry.isDirectory()) await walk(full, root, realRoot);
      else if (!SEED_EXTENSIONS.includes(path.extname(entry.name))) continue;
      else if (entry.isFile()) files.set(full, files.get(full) ?? root);
      else if (!entry.isSymbolicLink()) {
        refused.push({ input: shown, reason: 'not a regular file: a seed file must be one' });
      } else {
        const real = await realpath(full).catch(() => undefined);
        const info = real ? await stat(real) : undefined;
        if (!real || !info) refused.push({ input: shown, reason: 'a symbolic link to nothing' });
        else if (!isWithin(realRoot, real)) {
          refused.push({ input: shown, reason: 'a symbolic link to a file outside the seed folder' });
        } else if (!info.isFile()) {
          refused.push({ input: shown, reason: 'not a regular file: a seed file must be one' });
        } else files.set(full, files.get(full) ?? root);
      }
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) refused.push({ input, reason: 'no such file or folder' });
    else if (info.isDirectory()) {
      const root = seedRootOf(absolute, true);
      await walk(absolute, root, await realpath(root));
    } else if (!SEED_EXTENSIONS.includes(path.extname(absolute))) {
      refused.push({ input, reason: 'not a seed file: seed files end in .yaml or .yml' });
    } else if (!info.isFile()) {
      refused.push({ input, reason: 'not a regular file: a seed file must be one' });
    } else files.set(absolute, files.get(absolute) ?? seedRootOf(absolute, false));
  }
  return {
    files: [...files]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, root]) => ({ file, root })),
    refused,
  };
}
