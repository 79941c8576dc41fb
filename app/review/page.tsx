import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { getReviewQueue, type ReviewScope } from "@/lib/server/review";
import { isAppError } from "@/lib/errors";
import { pageData } from "@/lib/server/page-data";
import { ReviewRunner } from "@/components/review-runner";
import { rateCardAction } from "@/app/actions/rate-card-action";
import { undoReviewAction } from "@/app/actions/undo-review-action";

export const metadata = { title: "Review · CiteDeck" };

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const deck = one(sp.deck);
  const items = one(sp.items)?.split(",").filter(Boolean);
  const since = one(sp.since);
  const here = `/review${deck ? `?deck=${encodeURIComponent(deck)}` : items ? `?items=${items.join(",")}&since=${since ?? ""}` : ""}`;
  const user = await requireUser(here);
  const scope: ReviewScope = items
    ? { items, since: since && /^\d+$/.test(since) ? new Date(Number(since)) : new Date(0) }
    : deck
      ? { deckId: deck }
      : {};
  const queue = await pageData(
    getReviewQueue(user, scope, new Date()).catch((e) => {
      if (isAppError(e) && e.code === "INVALID_INPUT") return null;
      throw e;
    }),
  );
  const title = items
    ? "Practise your weakest items"
    : queue?.card && deck
      ? `Review: ${queue.card.deckTitle}`
      : "Review";
  return (
    <>
      <p className="small row">
        {deck ? <Link href={`/decks/${deck}`}>← Deck</Link> : <Link href="/decks">← Decks</Link>}
        <Link href="/review/settings">Study settings</Link>
        {deck && <Link href="/review">Review all decks</Link>}
      </p>
      <h1>{title}</h1>
      {!queue ? (
        <p className="error-box">
          This review link is not valid. Start again from a deck or from <Link href="/review">Review</Link>.
        </p>
      ) : (
        <ReviewRunner
          initial={queue}
          scope={scope}
          practice={!!items}
          backHref={deck ? `/decks/${deck}` : "/decks"}
          rate={rateCardAction}
          undo={undoReviewAction}
        />
      )}
    </>
  );
}
