// Zip packages (.apkg, QTI) through jszip: writing with a fixed date so the same deck gives the
// same bytes, and reading with a size check on every entry before it is inflated.
import JSZip from "jszip";
import { InteropError, MAX_UNPACKED_BYTES } from "./errors";

export async function writeZip(
  entries: readonly { name: string; data: Uint8Array | string }[],
  date: Date,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.data, { date, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export interface ZipReader {
  names: string[];
  has(name: string): boolean;
  /** the entry's bytes, or null when it is missing */
  read(name: string): Promise<Uint8Array | null>;
}

/** Opens a zip; a damaged or non-zip file is a CORRUPT_ZIP error that names `what`. */
export async function readZip(bytes: Uint8Array, what: string): Promise<ZipReader> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new InteropError(
      "CORRUPT_ZIP",
      `This ${what} is not a readable zip archive: it may be damaged or only partly downloaded. Export it again and retry.`,
    );
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  return {
    names,
    has: (name) => names.includes(name),
    async read(name) {
      const f = zip.file(name);
      if (!f) return null;
      // jszip keeps the declared size of each entry; refuse a zip bomb before inflating it.
      const declared = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
      if (declared > MAX_UNPACKED_BYTES)
        throw new InteropError(
          "FILE_TOO_LARGE",
          `“${name}” inside this ${what} unpacks to more than ${MAX_UNPACKED_BYTES / 1048576} MB, over the limit.`,
        );
      try {
        return await f.async("uint8array");
      } catch {
        throw new InteropError(
          "CORRUPT_ZIP",
          `“${name}” inside this ${what} is damaged (its checksum does not match). Export it again and retry.`,
        );
      }
    },
  };
}
