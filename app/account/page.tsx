import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { getStudySettings } from "@/lib/server/study-settings";
import { hourLabel } from "@/lib/format";
import { countSessions } from "@/lib/server/sessions";
import { ChangePasswordForm } from "@/components/change-password-form";
import { ActionForm } from "@/components/action-form";
import { changePasswordAction } from "@/app/actions/change-password-action";
import { signOutOtherSessionsAction } from "@/app/actions/sign-out-other-sessions-action";

export const metadata = { title: "Your account · CiteDeck" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [sessions, settings] = await Promise.all([countSessions(user.id), getStudySettings(user)]);
  return (
    <>
      <h1>Your account</h1>
      <dl className="card" data-testid="account-details">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Your days</dt>
        <dd data-testid="account-clock">
          start at {hourLabel(settings.clock.dayStartHour)} in {settings.clock.timeZone} ·{" "}
          <Link href="/review/settings">change</Link>
        </dd>
      </dl>
      <h2>Change password</h2>
      <p className="small muted">Changing it signs you out everywhere else.</p>
      <ChangePasswordForm action={changePasswordAction} />
      <h2>Sessions</h2>
      <p data-testid="session-count">
        {sessions === 1
          ? "You are signed in on this browser only."
          : `You are signed in on ${sessions} browsers or devices, this one included.`}
      </p>
      {sessions > 1 && (
        <ActionForm
          action={signOutOtherSessionsAction}
          submitLabel="Sign out everywhere else"
          pendingLabel="Signing out…"
          label="Sign out everywhere else"
          className=""
        >
          <span />
        </ActionForm>
      )}
    </>
  );
}
