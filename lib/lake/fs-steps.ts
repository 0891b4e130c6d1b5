/**
 * The filesystem steps the protocol relies on, each answering a Result with the errno code.
 * Durability: a file is fsynced before anything names it (a record names staged files, the log
 * names a record), so a machine crash cannot leave a name pointing at half a file.
 */
import { link, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { err, ok, type Result } from '../result';
import { errnoCode, ioError, type LakeError } from './errors';

/**
 * Creates `path` with `text` (a string, or pieces written one after the other so the whole text
 * is never one string), failing if it exists, and flushes it to disk.
 */
export async function writeNewFileSynced(path: string, text: string | { pieces: Iterable<string> }): Promise<Result<void, LakeError>> {
  try {
    const handle = await open(path, 'wx');
    try {
      if (typeof text === 'string') await handle.writeFile(text);
      else for (const piece of text.pieces) await writeAll(handle, Buffer.from(piece, 'utf8'));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return ok(undefined);
  } catch (error) {
    return err(ioError(path, error));
  }
}

/** write(2) may write less than asked (a signal, a full disk's last blocks): write the rest. */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset)).bytesWritten;
}

/** fsync of a file or a directory (a directory's fsync makes the names in it durable). */
export async function syncPath(path: string): Promise<Result<void, LakeError>> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return ok(undefined);
  } catch (error) {
    // Some filesystems (and Windows, for directories) refuse fsync on a read-only handle; the
    // data is then as durable as that filesystem makes it, which is not ours to fix.
    if (['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes(errnoCode(error))) return ok(undefined);
    return err(ioError(path, error));
  }
}

/**
 * Gives `temp`'s file the name `final` unless `final` exists: link(2) is atomic and never
 * replaces, so exactly one of several racing processes gets the name.
 */
export async function linkExclusive(temp: string, final: string): Promise<Result<'linked' | 'taken', LakeError>> {
  try {
    await link(temp, final);
    return ok('linked');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return ok('taken');
    return err(ioError(final, error));
  }
}

export async function sizeOf(path: string): Promise<Result<number | null, LakeError>> {
  try {
    return ok((await stat(path)).size);
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok(null) : err(ioError(path, error));
  }
}

/** Removes a file this process wrote; a file already gone is fine. */
export async function removeOwnFile(path: string): Promise<Result<void, LakeError>> {
  try {
    await unlink(path);
    return ok(undefined);
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok(undefined) : err(ioError(path, error));
  }
}

/**
 * Moves `from` to `to` (same filesystem: atomic). 'gone' when `from` no longer exists, which is
 * how a process learns that another one published the same committed file first.
 */
export async function moveFile(from: string, to: string): Promise<Result<'moved' | 'gone', LakeError>> {
  try {
    await rename(from, to);
    return ok('moved');
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok('gone') : err(ioError(from, error));
  }
}
