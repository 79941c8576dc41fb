// Markdown (CommonMark + GFM, YAML front matter) to readable plain text with formatting spans,
// through micromark's syntax tree (mdast-util-from-markdown): decision 011.
import type { Nodes, Parents } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { htmlToText } from "./html";
import { TextBuilder, type FormatKind, type TextWithSpans } from "./spans";

export interface MarkdownExtraction extends TextWithSpans {
  /** Text of the first level-1 heading ("# Title" or a setext "Title\n====="). */
  title: string | undefined;
}

const INLINE_SPAN: Partial<Record<Nodes["type"], FormatKind>> = { strong: "bold", emphasis: "italic" };
/** Nodes that are not study material: front matter, link definitions, footnotes, images. */
const SKIPPED = new Set<Nodes["type"]>([
  "yaml",
  "definition",
  "footnoteDefinition",
  "footnoteReference",
  "image",
  "imageReference",
]);

/**
 * Markdown to readable plain text for students: no heading hashes, emphasis markers,
 * link or image syntax, fence lines, quote markers, HTML comments or front matter; list
 * bullets become "- " (ordered lists keep their numbers), table rows become "a | b" lines,
 * code keeps its content word for word. Headings, strong, emphasis and list items become
 * spans. The text is normalised (normalizeText) and the spans index it.
 */
export function markdownToText(source: string): MarkdownExtraction {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(["yaml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
  });
  const writer = new MarkdownWriter();
  writer.blocks(tree);
  return { ...writer.out.finish(), title: writer.title };
}

class MarkdownWriter {
  readonly out = new TextBuilder();
  title: string | undefined;
  private listDepth = 0;

  blocks(parent: Parents, separator = 2): void {
    let previous: Nodes["type"] | undefined;
    for (const node of parent.children) {
      if (SKIPPED.has(node.type)) continue;
      // Adjacent lists ("* a" then "+ b" are two lists in CommonMark) read as one.
      this.out.breakBefore(previous === "list" && node.type === "list" ? 1 : separator);
      this.block(node);
      previous = node.type;
    }
    this.out.breakBefore(separator);
  }

  private block(node: Nodes): void {
    switch (node.type) {
      case "heading": {
        if (node.depth === 1 && this.title === undefined) this.title = plainText(node);
        const span = this.out.openSpan("heading");
        this.inlines(node);
        this.out.closeSpan(span);
        return;
      }
      case "paragraph":
        return this.inlines(node);
      case "list":
        return this.list(node);
      case "code":
        return this.out.write(node.value);
      case "html":
        return this.out.write(htmlToText(node.value).text);
      case "table":
        for (const row of node.children) {
          this.out.breakBefore(1);
          row.children.forEach((cell, i) => {
            if (i > 0) this.out.marker(" | ");
            this.inlines(cell);
          });
        }
        return;
      case "thematicBreak":
        return;
      default:
        if ("children" in node) this.blocks(node);
        else this.inline(node);
    }
  }

  private list(node: Extract<Nodes, { type: "list" }>): void {
    const indent = "  ".repeat(this.listDepth);
    this.listDepth++;
    node.children.forEach((item, i) => {
      this.out.breakBefore(1);
      this.out.marker(`${indent}${node.ordered ? `${(node.start ?? 1) + i}. ` : "- "}`);
      const span = this.out.openSpan("item");
      item.children.forEach((child, k) => {
        // The item's own text ends where a nested list begins.
        if (child.type === "list") this.out.closeSpan(span);
        if (k > 0) this.out.breakBefore(1);
        this.block(child);
      });
      this.out.closeSpan(span);
    });
    this.listDepth--;
  }

  inlines(parent: Parents): void {
    for (const node of parent.children) this.inline(node);
  }

  private inline(node: Nodes): void {
    if (SKIPPED.has(node.type)) return;
    const kind = INLINE_SPAN[node.type];
    if (kind) {
      const span = this.out.openSpan(kind);
      if ("children" in node) this.inlines(node);
      this.out.closeSpan(span);
      return;
    }
    switch (node.type) {
      case "text":
        // Runs of spaces read as one, as a renderer shows them; soft line breaks stay.
        return this.out.write(node.value.replace(/[ \t]+/g, " "));
      case "inlineCode":
        return this.out.write(node.value);
      case "break":
        return this.out.lineBreak();
      case "html":
        return this.out.inline(htmlToText(node.value).text);
      default:
        if ("children" in node) this.inlines(node);
    }
  }
}

/** The plain text of a heading, on one line; undefined when it has none. */
function plainText(node: Parents): string | undefined {
  const writer = new MarkdownWriter();
  writer.inlines(node);
  return writer.out.finish().text.replace(/\s+/g, " ").trim() || undefined;
}
