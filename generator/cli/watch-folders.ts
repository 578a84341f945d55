import { readdirSync, statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Calls `onChange` whenever a file below one of `paths` changes, however it is saved: written in
 * place, replaced by a rename (`sed -i`, most editors), deleted and re-created, or added.
 *
 * Folders are watched, never files: a watch on a file follows its inode, which a rename-over
 * replaces, so every later write would go unseen. A folder keeps its inode while its entries come
 * and go. Each folder of a tree gets its own (non-recursive) watch; after every event the trees
 * are scanned again, so a new sub-folder is watched and a folder that was deleted and re-created
 * (a new inode) is watched anew. A path that is a file is watched through its folder, and only
 * events naming that file count.
 */
export function watchFolders(paths: string[], onChange: () => void): { close(): void } {
  const watchers = new Map<string, { inode: number; watcher: FSWatcher }>();
  let closed = false;

  // Decided once: a file that is deleted for a moment stays a file (its folder stays watched).
  const targets = paths.map((path) => (statOrUndefined(path)?.isDirectory() === true ? { folder: path, only: undefined } : { folder: dirname(path), only: basename(path) }));

  const watchFolder = (folder: string, only: string | undefined) => {
    const inode = statOrUndefined(folder)?.ino;
    if (inode === undefined) return;
    const key = keyOf(folder, only);
    const known = watchers.get(key);
    if (known !== undefined && known.inode === inode) return;
    known?.watcher.close();
    try {
      const watcher = watch(folder, (_event, name) => {
        if (only !== undefined && name !== null && name !== only) return;
        if (closed) return;
        rescan();
        onChange();
      });
      // The folder itself went away: forget it; a rescan watches it again if it comes back.
      watcher.on('error', () => {
        watcher.close();
        if (watchers.get(key)?.watcher === watcher) watchers.delete(key);
      });
      watchers.set(key, { inode, watcher });
    } catch {
      // Vanished between stat and watch: the next event's rescan tries again.
    }
  };

  const rescan = () => {
    const wanted = new Set<string>();
    for (const target of targets) {
      const folders = target.only === undefined ? foldersBelow(target.folder) : [target.folder];
      for (const folder of folders) {
        wanted.add(keyOf(folder, target.only));
        watchFolder(folder, target.only);
      }
    }
    for (const [key, { watcher }] of watchers) {
      if (wanted.has(key)) continue;
      watcher.close();
      watchers.delete(key);
    }
  };

  rescan();
  return {
    close() {
      closed = true;
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** One watch per folder, or per folder and file name when a single file is watched. */
function keyOf(folder: string, only: string | undefined): string {
  return only === undefined ? folder : `${folder}\0${only}`;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A folder and every folder below it (symbolic links are not followed). */
function foldersBelow(root: string, out: string[] = []): string[] {
  out.push(root);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) if (entry.isDirectory()) foldersBelow(join(root, entry.name), out);
  return out;
}
