import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { getStudySettings } from "@/lib/server/study-settings";
import { StudySettingsForm } from "@/components/study-settings-form";
import { updateStudySettingsAction } from "@/app/actions/update-study-settings-action";

export const metadata = { title: "Study settings · CiteDeck" };

/** Every zone this runtime knows, with UTC first. */
const ZONES = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];

export default async function StudySettingsPage() {
  const user = await requireUser("/review/settings");
  const s = await getStudySettings(user);
  return (
    <>
      <p className="small">
        <Link href="/review">← Review</Link>
      </p>
      <h1>Study settings</h1>
      <StudySettingsForm
        retentionPercent={Math.round(s.retention * 100)}
        dailyNewLimit={s.dailyNewLimit}
        timeZone={s.clock.timeZone}
        dayStartHour={s.clock.dayStartHour}
        zones={ZONES}
        save={updateStudySettingsAction}
      />
    </>
  );
}
