export type OwnerLabelProps =
  | { kind: "yours" }
  | { kind: "starter" }
  | { kind: "shared"; by: string; classes: string[] }
  | { kind: "other"; by: string | null };

/** Whose a document or deck is, as the viewer reads it. */
export function ownerText(o: OwnerLabelProps): string {
  switch (o.kind) {
    case "yours":
      return "Yours";
    case "starter":
      return "Starter collection (read-only)";
    case "shared":
      return `Shared by ${o.by} with ${o.classes.join(", ")}`;
    case "other":
      return o.by ? `By ${o.by}` : "";
  }
}

export function OwnerLabel({ owner }: { owner: OwnerLabelProps }) {
  return <span data-testid="owner">{ownerText(owner)}</span>;
}
