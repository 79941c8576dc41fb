import type { Metadata, Viewport } from "next";
import Link from "@/components/link";
import "./globals.css";
import { getSessionUser } from "@/lib/server/auth";
import { SignOutButton } from "@/components/sign-out-button";
import { MainNav } from "@/components/main-nav";
import { PendingProvider } from "@/components/link-pending";
import { TimeZoneDetect } from "@/components/time-zone-detect";
import { detectTimeZoneAction } from "@/app/actions/detect-time-zone-action";

export const metadata: Metadata = {
  title: "CiteDeck",
  description: "Study from your documents: cited quizzes and flashcards.",
};
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1d2026" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body>
        <PendingProvider>
          <a className="skip" href="#main">
            Skip to content
          </a>
          <header className="top">
            <Link className="brand" href="/">
              CiteDeck
            </Link>
            {user && <MainNav />}
            <div className="who">
              {user ? (
                <>
                  <span className="row-tight">
                    <Link className="name" href="/account" title="Your account: password, time zone and sessions">
                      {user.name}
                    </Link>
                    {user.role === "instructor" ? " (instructor)" : ""}
                  </span>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/signin">Sign in</Link>
                  <Link href="/signup">Sign up</Link>
                </>
              )}
            </div>
          </header>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          {user && <TimeZoneDetect userId={user.id} detect={detectTimeZoneAction} />}
        </PendingProvider>
      </body>
    </html>
  );
}
