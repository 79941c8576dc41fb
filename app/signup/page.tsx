import Link from "next/link";
import { SignUpForm } from "@/components/sign-up-form";
import { signUpAction } from "@/app/actions/sign-up-action";
import { getEnv } from "@/lib/server/env";
import { safeRedirectPath } from "@/lib/security";

export const metadata = { title: "Sign up · CiteDeck" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeRedirectPath(sp.callbackUrl);
  return (
    <>
      <h1>Create your account</h1>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} instructorSignup={!!getEnv().INSTRUCTOR_CODE} />
      <p>Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link></p>
    </>
  );
}
