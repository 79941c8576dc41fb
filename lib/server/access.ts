// Who may do what to a document, deck or class: this module works out the asker's relation to
// the resource and its state, and asks the authorization matrix (lib/access) for the decision.
// Lists use the `readable…` filters, which say the same thing as a database condition.
import "server-only";
import { decide, refusalMessage, type Action, type Relation, type ResourceState } from "@/lib/access";
import { AppError, notFound, ForbiddenError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "./db";
import type { SessionUser } from "./accounts";

type ClassLink = { class: { instructorId: string; members: { id: string }[] } };

const linkSelect = (actorId: string) =>
  ({
    select: {
      class: { select: { instructorId: true, members: { where: { userId: actorId }, select: { id: true } } } },
    },
  }) as const;

function relationTo(actor: SessionUser | null, ownerId: string | null, links: readonly ClassLink[]): Relation {
  if (!actor) return "signedOut";
  if (ownerId !== null && ownerId === actor.id) return "owner";
  if (links.some((l) => l.class.instructorId === actor.id)) return "classInstructor";
  if (links.some((l) => l.class.members.length > 0)) return "classMember";
  return actor.role === "instructor" ? "otherInstructor" : "otherStudent";
}

/** Throws the matrix's refusal: 401, 404 (the thing does not exist for them) or 403. */
function enforce(
  actor: SessionUser | null,
  action: Action,
  state: ResourceState,
  relation: Relation,
  what: string,
): "allow" | "copy" {
  const d = decide(action, state, relation, actor?.role ?? null);
  if (d === "allow" || d === "copy") return d;
  if (d === "signIn") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (d === "forbidden") throw new ForbiddenError(refusalMessage(action, state, actor!.role));
  throw notFound(what);
}

export interface DocumentFacts {
  id: string;
  title: string;
  addedById: string | null;
  starter: boolean;
  state: ResourceState;
  relation: Relation;
}

/** The document when the matrix lets `actor` do `action` to it; else a typed refusal. */
export async function authorizeDocument(
  actor: SessionUser | null,
  documentId: string,
  action: Action,
): Promise<DocumentFacts> {
  const d = await db().document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, addedById: true, starter: true, classes: linkSelect(actor?.id ?? "") },
  });
  const state: ResourceState = !d ? "private" : d.starter ? "starter" : d.classes.length > 0 ? "shared" : "private";
  const relation = relationTo(actor, d?.addedById ?? null, d?.classes ?? []);
  enforce(actor, action, state, relation, "This document");
  return { id: d!.id, title: d!.title, addedById: d!.addedById, starter: d!.starter, state, relation };
}

export interface DeckFacts {
  id: string;
  title: string;
  createdById: string | null;
  starter: boolean;
  hiddenFromStudents: boolean;
  state: ResourceState;
  relation: Relation;
  decision: "allow" | "copy";
}

/** The deck when the matrix lets `actor` do `action` (decision "copy": on their own copy). A
 *  deleted deck does not exist for anyone. */
export async function authorizeDeck(actor: SessionUser | null, deckId: string, action: Action): Promise<DeckFacts> {
  const found = await db().deck.findUnique({
    where: { id: deckId },
    select: {
      id: true,
      title: true,
      createdById: true,
      starter: true,
      hiddenFromStudents: true,
      deletedAt: true,
      classes: linkSelect(actor?.id ?? ""),
    },
  });
  const d = found && !found.deletedAt ? found : null;
  const state: ResourceState = !d
    ? "private"
    : d.starter
      ? "starter"
      : d.classes.length === 0
        ? "private"
        : d.hiddenFromStudents
          ? "hidden"
          : "shared";
  const relation = relationTo(actor, d?.createdById ?? null, d?.classes ?? []);
  const decision = enforce(actor, action, state, relation, "This deck");
  return {
    id: d!.id,
    title: d!.title,
    createdById: d!.createdById,
    starter: d!.starter,
    hiddenFromStudents: d!.hiddenFromStudents,
    state,
    relation,
    decision,
  };
}

export interface ClassFacts {
  id: string;
  name: string;
  instructorId: string;
  instructorName: string;
  joinCode: string;
  joinOpen: boolean;
  joinExpiresAt: Date | null;
  relation: Relation;
}

/** The class when the matrix lets `actor` do `action` to it. */
export async function authorizeClass(actor: SessionUser | null, classId: string, action: Action): Promise<ClassFacts> {
  const c = await db().class.findUnique({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      instructorId: true,
      joinCode: true,
      joinOpen: true,
      joinExpiresAt: true,
      instructor: { select: { name: true } },
      members: { where: { userId: actor?.id ?? "" }, select: { id: true } },
    },
  });
  const relation: Relation = !actor
    ? "signedOut"
    : c?.instructorId === actor.id
      ? "classInstructor"
      : c && c.members.length > 0
        ? "classMember"
        : actor.role === "instructor"
          ? "otherInstructor"
          : "otherStudent";
  enforce(actor, action, "class", relation, "This class");
  return {
    id: c!.id,
    name: c!.name,
    instructorId: c!.instructorId,
    instructorName: c!.instructor.name,
    joinCode: c!.joinCode,
    joinOpen: c!.joinOpen,
    joinExpiresAt: c!.joinExpiresAt,
    relation,
  };
}

/** Documents the viewer may open (the matrix's document.read, as a database condition). */
export function readableDocuments(viewer: SessionUser) {
  return {
    OR: [
      { addedById: viewer.id },
      { starter: true },
      {
        classes: {
          some: { class: { OR: [{ instructorId: viewer.id }, { members: { some: { userId: viewer.id } } }] } },
        },
      },
    ],
  };
}

/** Decks the viewer may open (deck.read): own, starter, shared with their class and not hidden
 *  from its students, or shared with a class they teach; never a deleted one. */
/** readableDecks as an SQL condition on a deck aliased `d`, for raw reads (quoted identifiers,
 *  valid on SQLite and PostgreSQL). access.int.test.ts checks that the two agree. */
export function readableDeckSql(viewerId: string): Prisma.Sql {
  return Prisma.sql`(d."deletedAt" IS NULL AND (d."createdById" = ${viewerId} OR d."starter" = TRUE
    OR (d."hiddenFromStudents" = FALSE AND EXISTS (SELECT 1 FROM "ClassDeck" cd JOIN "ClassMember" cm ON cm."classId" = cd."classId" WHERE cd."deckId" = d."id" AND cm."userId" = ${viewerId}))
    OR EXISTS (SELECT 1 FROM "ClassDeck" cd JOIN "Class" cl ON cl."id" = cd."classId" WHERE cd."deckId" = d."id" AND cl."instructorId" = ${viewerId})))`;
}

export function readableDecks(viewer: Pick<SessionUser, "id">) {
  return {
    deletedAt: null,
    OR: [
      { createdById: viewer.id },
      { starter: true },
      { hiddenFromStudents: false, classes: { some: { class: { members: { some: { userId: viewer.id } } } } } },
      { classes: { some: { class: { instructorId: viewer.id } } } },
    ],
  };
}
