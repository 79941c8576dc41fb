import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getSessionUser } from "@/lib/server/auth";
import { SignOutButton } from "@/components/sign-out-button";

export const metadata: Metadata = { title: "CiteDeck", description: "Study from your documents: cited quizzes and flashcards." };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">Skip to content</a>
        <header className="top">
          <Link className="brand" href="/">CiteDeck</Link>
          {user && (
            <nav aria-label="Main">
              <Link href="/library">Library</Link>
              <Link href="/decks">Decks</Link>
              <Link href="/review">Review</Link>
              <Link href="/progress">Progress</Link>
              <Link href="/classes">Classes</Link>
            </nav>
          )}
          <div className="who">
            {user ? (<><span><Link href="/account" title="Your account: password and sessions">{user.name}</Link>{user.role === "instructor" ? " (instructor)" : ""}</span><SignOutButton /></>) : (<><Link href="/signin">Sign in</Link><Link href="/signup">Sign up</Link></>)}
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
