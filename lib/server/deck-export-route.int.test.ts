// The export route as a crafted request would reach it: the session is replaced by each person.
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "./accounts";

const session: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/server/auth", () => ({ getSessionUser: async () => session.user }));

const { GET } = await import("@/app/decks/[id]/export/route");
const { makeUser } = await import("./testing/fixtures");
const { importDeck } = await import("./deck-import");

const get = (deckId: string, query: string) =>
  GET(new Request(`http://localhost/decks/${deckId}/export?${query}`), { params: Promise.resolve({ id: deckId }) });

describe("GET /decks/<id>/export", () => {
  it("downloads the owner's deck as an attachment, and answers everyone else as if it did not exist", async () => {
    const owner = await makeUser("instructor");
    const stranger = await makeUser();
    const { deckId } = await importDeck(owner, {
      fileName: "route.gift",
      bytes: new TextEncoder().encode("::a::Route test?{=yes ~no}"),
    });

    session.user = null;
    expect((await get(deckId, "format=gift")).status).toBe(401);

    session.user = stranger;
    const hidden = await get(deckId, "format=gift");
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toMatch(/^This deck was not found/);

    session.user = owner;
    const ok = await get(deckId, "format=moodle-xml");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toBe(
      `attachment; filename="route.moodle.xml"; filename*=UTF-8''route.moodle.xml`,
    );
    expect(ok.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    expect(await ok.text()).toContain('<question type="multichoice">');

    const bad = await get(deckId, "format=pdf");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^Choose a format: apkg, tsv, quizlet, gift, moodle-xml, qti, csv\./);
  });
});
