import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reading a file that seed input names, without trusting the name: the path may not leave the seed
 * folder (not by `..`, not through a symbolic link), and only a regular file is ever opened, so a FIFO
 * cannot hang the seed and a device is never touched.
 */

/** What is wrong with a file, in words for the message that names the seed file and line. */
export class UnreadableFileError extends Error {}

const MEBIBYTE = 1024 * 1024;

export function describeBytes(bytes: number): string {
  return bytes >= MEBIBYTE ? `${bytes / MEBIBYTE} MiB` : `${bytes.toLocaleString('en')} bytes`;
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Whether `target` is `folder` or lies below it (both absolute and normalized). */
export function isWithin(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The real path of a file (links resolved), or a plain reason why there is none. */
export async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR')
      throw new UnreadableFileError('no such file');
    if (codeOf(error) === 'EACCES') throw new UnreadableFileError('cannot be read: permission denied');
    if (codeOf(error) === 'ELOOP') throw new UnreadableFileError('is a loop of symbolic links');
    throw error;
  }
}

/**
 * The bytes of a regular file at its real path (see realPathOf), at most `maxBytes`. Its kind is
 * checked before it is opened, and again on the open file (it may have been swapped in between).
 */
export async function readRegularFile(real: string, maxBytes: number, what: string): Promise<Buffer> {
  const before = await stat(real);
  if (!before.isFile())
    throw new UnreadableFileError(`is ${kindOf(before)}: a ${what} must be a regular file`);
  const tooLarge = () =>
    new UnreadableFileError(`is larger than ${describeBytes(maxBytes)}, the most a ${what} may be`);
  if (before.size > maxBytes) throw tooLarge();
  // O_NOFOLLOW and O_NONBLOCK: a link or a FIFO put in the file's place since the check is not followed,
  // and not waited on.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error: unknown) => {
      if (codeOf(error) === 'ELOOP')
        throw new UnreadableFileError('was replaced by a symbolic link while read');
      if (codeOf(error) === 'EACCES') throw new UnreadableFileError('cannot be read: permission denied');
      throw error;
    },
  );
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
      throw new UnreadableFileError('was replaced while it was read');
    }
    // Read to the bound, not to the size stat gives: some files (in /proc) say they are empty.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      if (room <= 0) throw tooLarge();
      const chunk = Buffer.allocUnsafe(Math.min(room, Math.max(opened.size + 1 - total, 64 * 1024)));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
