"use client";
// The site's sections; the one you are in is marked (aria-current) for screen readers and by
// weight on screen. Under the header, a line says which section is opening while it loads
// (components/link-pending.tsx).
import Link from "@/components/link";
import { usePathname } from "next/navigation";
import { LinkPending, PendingStatus } from "@/components/link-pending";

const SECTIONS = [
  ["/library", "Library"],
  ["/decks", "Decks"],
  ["/review", "Review"],
  ["/progress", "Progress"],
  ["/classes", "Classes"],
] as const;

export function MainNav() {
  const path = usePathname() ?? "";
  return (
    <>
      <nav aria-label="Main">
        {SECTIONS.map(([href, label]) => (
          <Link key={href} href={href} aria-current={path === href || path.startsWith(`${href}/`) ? "page" : undefined}>
            {label}
            <LinkPending label={label} />
          </Link>
        ))}
      </nav>
      <PendingStatus />
    </>
  );
}
