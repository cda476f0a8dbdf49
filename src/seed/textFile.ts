import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { InputDocument } from '../ingest/document.js';
import type { Report } from '../ingest/validate.js';
import { normalizeQuote } from '../ingest/quotes.js';
import { decodeUtf8 } from './utf8.js';
import { isWithin, readRegularFile, realPathOf, UnreadableFileError } from './safeRead.js';

/**
 * An article's text, the longest a source document plausibly is: a book-length report is about 1 MiB of
 * text. Larger is a mistake or an attempt to make the seed read something huge.
 */
export const MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The text an article's `textFile` names, relative to its seed file. The path must stay in the seed
 * folder (see collectSeedFiles), by its words and by its real path, and lead to a regular file of at most
 * MAX_TEXT_FILE_BYTES: quotes are checked against this text, so a path to a secret elsewhere would let a
 * seed file confirm guesses at it. Content from the API has no seed folder, and may not name a file at all.
 * Throws UnreadableFileError saying what is wrong.
 */
export async function readArticleText(
  seedFile: string,
  textFile: string,
  seedRoot: string | undefined,
): Promise<Buffer> {
  if (seedRoot === undefined)
    throw new UnreadableFileError('is not allowed here: only a seed file may name a text file');
  if (path.isAbsolute(textFile)) {
    throw new UnreadableFileError('is an absolute path: a text file is named relative to its seed file');
  }
  const folder = path.relative(process.cwd(), seedRoot) || '.';
  const target = path.resolve(path.dirname(seedFile), textFile);
  if (!isWithin(seedRoot, target)) {
    throw new UnreadableFileError(`leads outside the seed folder ${folder}: text files must be in it`);
  }
  const real = await realPathOf(target).catch((error: unknown) => {
    if (error instanceof UnreadableFileError && error.message === 'no such file') {
      throw new UnreadableFileError(`is not there: no file at ${path.relative(process.cwd(), target)}`);
    }
    throw error;
  });
  if (!isWithin(await realpath(seedRoot), real)) {
    throw new UnreadableFileError(
      `is a symbolic link to a file outside the seed folder ${folder}: text files must be in it`,
    );
  }
  return readRegularFile(real, MAX_TEXT_FILE_BYTES, 'text file');
}

/** The texts of the articles in `files` that name one, normalized for quotes, by article id. */
export async function readArticleTexts(files: InputDocument[], report: Report): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of files) {
    for (const [i, entity] of file.content!.entities.entries()) {
      if (entity.type !== 'article' || !entity.textFile) continue;
      try {
        const text = await readArticleText(file.absolutePath, entity.textFile, file.seedRoot);
        texts.set(entity.id, normalizeQuote(decodeUtf8(text)));
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        report(
          file,
          ['entities', i, 'textFile'],
          'TEXT_FILE',
          `${JSON.stringify(entity.textFile)} ${error.message}`,
        );
      }
    }
  }
  return texts;
}
