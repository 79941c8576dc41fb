import Link from "next/link";
import { SignInForm } from "@/components/sign-in-form";

export const metadata = { title: "Sign in · CiteDeck" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = sp.callbackUrl ?? "/decks";
  const notice = sp.callbackUrl && sp.callbackUrl !== "/decks" ? "Sign in to continue where you left off." : undefined;
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <p>No account yet? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign up</Link></p>
    </>
  );
}
