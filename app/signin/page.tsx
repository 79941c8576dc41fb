import Link from "@/components/link";
import { SignInForm } from "@/components/sign-in-form";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath } from "@/lib/security";

export const metadata = { title: "Sign in · CiteDeck" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const callbackUrl = safeRedirectPath(sp.callbackUrl);
  const notice = callbackUrl !== DEFAULT_AFTER_SIGN_IN ? "Sign in to continue where you left off." : undefined;
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <p>
        No account yet? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign up</Link>
      </p>
    </>
  );
}
