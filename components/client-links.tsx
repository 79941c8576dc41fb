"use client";
// Client-side navigation for the plain links inside a long list, through one click handler
// instead of one next/link component per link: hydrating 50+ Link components was most of the
// deck page's longest task (decision 071). Modified clicks (new tab, download, another origin)
// are left to the browser, as next/link leaves them.
import { useRouter } from "next/navigation";

export function ClientLinks({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  function onClick(e: React.MouseEvent<HTMLDivElement>) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest("a") : null;
    if (!a || a.target || a.hasAttribute("download") || a.origin !== window.location.origin) return;
    e.preventDefault();
    router.push(a.pathname + a.search + a.hash);
  }
  // the links inside take the keyboard (Enter clicks them); this box only listens
  return <div onClick={onClick}>{children}</div>;
}
