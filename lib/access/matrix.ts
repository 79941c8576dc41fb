// The authorization matrix: for each action on a document, deck or class, and each relation of
// the person asking to that resource, what happens (docs/decisions/040). Pure: lib/server works
// out the relation and the resource's state, then asks `decide`; the integration test runs
// every cell of `matrixRows()` against the use cases, actions and routes.

export type Role = "student" | "instructor";

export const RELATIONS = [
  "owner",
  "classMember",
  "classInstructor",
  "otherInstructor",
  "otherStudent",
  "signedOut",
] as const;
/** Who is asking, relative to one resource. classMember / classInstructor: a student in, or the
 *  instructor of, a class the resource is shared with (for a class: that class). */
export type Relation = (typeof RELATIONS)[number];

/** private: only its owner sees it; shared: shared with a class; hidden: shared, but hidden from
 *  the class's students (a deck behind a graded assignment); starter: the read-only collection
 *  every account sees; class: the class itself (its page, roster, assignments, results). */
export type ResourceState = "private" | "shared" | "hidden" | "starter" | "class";

/** allow; copy: allowed on the asker's own copy (curating a starter deck); forbidden (403): they
 *  see the resource but may not do this; notFound (404): for them it does not exist; signIn (401);
 *  n/a: the relation cannot occur (a starter resource or a class has no separate owner). */
export type Decision = "allow" | "copy" | "forbidden" | "notFound" | "signIn" | "n/a";

interface ActionRule {
  label: string;
  states: readonly ResourceState[];
  /** roles that may do it at all: anyone else is refused (403), whatever the resource */
  roles?: readonly Role[];
  /** relations (among those who see the resource) that may do it */
  who: readonly Relation[];
  /** on a starter resource, instructors work on a copy */
  copyStarter?: boolean;
}

const CONTENT = ["private", "shared", "starter"] as const;
const DECK = ["private", "shared", "hidden", "starter"] as const;
const SEERS = ["owner", "classMember", "classInstructor", "otherInstructor", "otherStudent"] as const;

export const ACTIONS = {
  "document.read": { label: "open and read a document", states: CONTENT, who: SEERS },
  "document.build": { label: "build a deck from a document", states: CONTENT, who: SEERS },
  "document.manage": { label: "rename or delete a document", states: CONTENT, who: ["owner"] },
  "document.share": {
    label: "share a document with a class, or stop",
    states: CONTENT,
    roles: ["instructor"],
    who: ["owner"],
  },
  "deck.read": { label: "open a deck: items, answers, citations", states: DECK, who: SEERS },
  "deck.study": { label: "quiz yourself on a deck, review its cards", states: DECK, who: SEERS },
  "deck.manage": { label: "rename or delete a deck", states: DECK, who: ["owner"] },
  "deck.curate": {
    label: "approve, edit, retire or add items; hide from students",
    states: DECK,
    roles: ["instructor"],
    who: ["owner"],
    copyStarter: true,
  },
  "deck.share": { label: "share a deck with a class, or stop", states: DECK, roles: ["instructor"], who: ["owner"] },
  "class.read": {
    label: "open a class: its assignments, what it shares",
    states: ["class"],
    who: ["classMember", "classInstructor"],
  },
  "class.manage": {
    label: "change a class: joining, roster",
    states: ["class"],
    roles: ["instructor"],
    who: ["classInstructor"],
  },
  "assignment.create": {
    label: "assign a quiz to a class",
    states: ["class"],
    roles: ["instructor"],
    who: ["classInstructor"],
  },
  "results.read": {
    label: "read a class's gradebook, CSV and results",
    states: ["class"],
    roles: ["instructor"],
    who: ["classInstructor"],
  },
  "assignment.take": {
    label: "take a class's assignment",
    states: ["class"],
    roles: ["student"],
    who: ["classMember"],
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

/** Who sees a resource in each state at all (anyone else is told it does not exist). */
const SEES: Record<ResourceState, readonly Relation[]> = {
  private: ["owner"],
  shared: ["owner", "classMember", "classInstructor"],
  hidden: ["owner", "classInstructor"],
  starter: SEERS,
  class: ["classMember", "classInstructor"],
};

/** The decision for one cell. `role` is the asker's role (null when signed out). Only a class's
 *  instructor shares with it, and only what they own: for a shared (or hidden) resource the
 *  class instructor is its owner. */
export function decide(action: Action, state: ResourceState, relation: Relation, role: Role | null): Decision {
  const rule: ActionRule = ACTIONS[action];
  if (!rule.states.includes(state)) throw new Error(`${action} does not apply to a ${state} resource`);
  if ((state === "starter" || state === "class") && relation === "owner") return "n/a";
  if (relation === "signedOut" || role === null) return "signIn";
  if (rule.roles && !rule.roles.includes(role)) return "forbidden";
  if (!SEES[state].includes(relation)) return "notFound";
  const effective: Relation =
    (state === "shared" || state === "hidden") && relation === "classInstructor" ? "owner" : relation;
  if (rule.who.includes(effective)) return "allow";
  if (state === "starter" && rule.copyStarter) return "copy";
  return "forbidden";
}

/** The role each column has in the matrix as published: the owner of a private document or
 *  deck is a student (a member of the class); of a shared or hidden one, the class's instructor. */
export function columnRole(relation: Relation, state: ResourceState): Role | null {
  switch (relation) {
    case "owner":
      return state === "private" ? "student" : "instructor";
    case "classMember":
    case "otherStudent":
      return "student";
    case "classInstructor":
    case "otherInstructor":
      return "instructor";
    case "signedOut":
      return null;
  }
}

export interface MatrixRow {
  action: Action;
  label: string;
  state: ResourceState;
  cells: Record<Relation, Decision>;
}

/** Every row of the matrix, in the order of ACTIONS. */
export function matrixRows(): MatrixRow[] {
  return (Object.keys(ACTIONS) as Action[]).flatMap((action) =>
    (ACTIONS[action].states as readonly ResourceState[]).map((state) => ({
      action,
      label: ACTIONS[action].label,
      state,
      cells: Object.fromEntries(RELATIONS.map((r) => [r, decide(action, state, r, columnRole(r, state))])) as Record<
        Relation,
        Decision
      >,
    })),
  );
}

const SYMBOL: Record<Decision, string> = {
  allow: "yes",
  copy: "on a copy",
  forbidden: "403",
  notFound: "404",
  signIn: "sign in",
  "n/a": "—",
};

/** The matrix as a Markdown table (docs/decisions/040 prints it; a unit test keeps them equal). */
export function matrixMarkdown(): string {
  const head = `| action | resource | ${RELATIONS.map((r) => COLUMN[r]).join(" | ")} |`;
  const rule = `|${" --- |".repeat(RELATIONS.length + 2)}`;
  const rows = matrixRows().map(
    (r) => `| ${r.action} (${r.label}) | ${r.state} | ${RELATIONS.map((c) => SYMBOL[r.cells[c]]).join(" | ")} |`,
  );
  return [head, rule, ...rows].join("\n");
}

export const COLUMN: Record<Relation, string> = {
  owner: "owner",
  classMember: "class member",
  classInstructor: "class instructor",
  otherInstructor: "other instructor",
  otherStudent: "other student",
  signedOut: "signed out",
};
