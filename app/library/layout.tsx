import { requireUserForSection } from "@/lib/server/auth";

// Signed-out visitors are sent to sign in here, above the section's loading skeleton, so the
// redirect keeps its status (docs/decisions/060).
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireUserForSection("/library");
  return children;
}
