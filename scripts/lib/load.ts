// Shared helpers for the CLI scripts: read files as the app stores them.
import fs from "node:fs";
import path from "node:path";
import { hashHex } from "@/lib/generate/prng";
import { detectTitle } from "@/lib/generate/text/sentences";
import type { SourceDocument } from "@/lib/generate/types";
import { markdownToText } from "@/lib/ingest/markdown";

export function readText(file: string): string {
  let t = fs.readFileSync(file, "utf8");
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  return t;
}

/** A file as the engine sees it; Markdown is read as the app reads an upload, its headings and bold kept as spans. */
export function loadDocument(file: string): SourceDocument {
  const raw = readText(file);
  const base = path.basename(file);
  const md = file.endsWith(".md") ? markdownToText(raw) : null;
  const text = md ? md.text : raw;
  const doc: SourceDocument = {
    id: "doc-" + hashHex(base + "\u0000" + text).slice(0, 12),
    path: file,
    title: detectTitle(text, base),
    text,
  };
  if (md) doc.spans = md.spans;
  return doc;
}

export function listTxt(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}
