import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SEED_EXTENSIONS = ['.yaml', '.yml'];

/** The seed files named on the command line: files as given, folders searched for *.yaml, sorted. */
export async function collectSeedFiles(
  inputs: string[],
): Promise<{ files: string[]; refused: { input: string; reason: string }[] }> {
  const files = new Set<string>();
  const refused: { input: string; reason: string }[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (SEED_EXTENSIONS.includes(path.extname(entry.name))) files.add(full);
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) refused.push({ input, reason: 'no such file or folder' });
    else if (info.isDirectory()) await walk(absolute);
    else if (!SEED_EXTENSIONS.includes(path.extname(absolute))) {
      refused.push({ input, reason: 'not a seed file: seed files end in .yaml or .yml' });
    } else files.add(absolute);
  }
  return { files: [...files].sort(), refused };
}
