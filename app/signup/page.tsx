import Link from "@/components/link";
import { SignUpForm } from "@/components/sign-up-form";
import { signUpAction } from "@/app/actions/sign-up-action";
import { getEnv } from "@/lib/server/env";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath } from "@/lib/security";

export const metadata = { title: "Sign up · CiteDeck" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  // A new account starts on the first-run page, unless it was signing up to go somewhere (a class link).
  const asked = safeRedirectPath(sp.callbackUrl);
  const callbackUrl = asked === DEFAULT_AFTER_SIGN_IN ? "/welcome" : asked;
  return (
    <>
      <h1>Create your account</h1>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} instructorSignup={!!getEnv().INSTRUCTOR_CODE} />
      <p>
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(asked)}`}>Sign in</Link>
      </p>
    </>
  );
}
