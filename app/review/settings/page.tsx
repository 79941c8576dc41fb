import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { getStudySettings } from "@/lib/server/review";
import { StudySettingsForm } from "@/components/study-settings-form";
import { updateStudySettingsAction } from "@/app/actions/update-study-settings-action";

export const metadata = { title: "Study settings · CiteDeck" };

export default async function StudySettingsPage() {
  const user = await requireUser("/review/settings");
  const s = await getStudySettings(user);
  return (
    <>
      <p className="small"><Link href="/review">← Review</Link></p>
      <h1>Study settings</h1>
      <StudySettingsForm retentionPercent={Math.round(s.retention * 100)} dailyNewLimit={s.dailyNewLimit} save={updateStudySettingsAction} />
    </>
  );
}
