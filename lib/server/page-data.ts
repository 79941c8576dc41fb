// Pages load their data through requireX functions, which throw NotFoundError or ForbiddenError.
// This is the one place that turns those into Next's not-found (404) and forbidden (403) pages,
// with their plain messages and status, so that no page repeats the catch.
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** The page's data; a NotFoundError shows the not-found page, a ForbiddenError the forbidden
 *  page; any other error goes on to the segment's error boundary. */
export async function pageData<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
}
