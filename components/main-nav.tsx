"use client";
// The site's sections; the one you are in is marked (aria-current) for screen readers and by
// weight on screen.
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [["/library", "Library"], ["/decks", "Decks"], ["/review", "Review"], ["/progress", "Progress"], ["/classes", "Classes"]] as const;

export function MainNav() {
  const path = usePathname() ?? "";
  return (
    <nav aria-label="Main">
      {SECTIONS.map(([href, label]) => (
        <Link key={href} href={href} aria-current={path === href || path.startsWith(`${href}/`) ? "page" : undefined}>{label}</Link>
      ))}
    </nav>
  );
}
