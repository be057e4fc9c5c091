import fs from "node:fs";
import path from "node:path";
import { SUPPORTED_EXTENSIONS } from "./read-article-file.ts";

/** A path in a folder that ingest did not read, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/**
 * The article files named by `paths`: files as given, folders walked recursively for supported
 * extensions, sorted. What a folder holds but ingest does not read (symbolic links, which could
 * lead out of the folder, and unsupported files) is listed in `skipped`; hidden entries are ignored.
 */
export function findArticleFiles(paths: string[]): { files: string[]; missing: string[]; skipped: SkippedPath[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedPath[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      const ext = path.extname(entry.name).toLowerCase();
      if (entry.isSymbolicLink())
        skipped.push({
          path: full,
          reason: "symbolic link (not followed inside a folder; name the target itself to ingest it)",
        });
      else if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(ext)) files.push(full);
      else if (entry.isFile()) skipped.push({ path: full, reason: `unsupported file type "${ext || "(none)"}"` });
      else skipped.push({ path: full, reason: "not a regular file" });
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing, skipped };
}
