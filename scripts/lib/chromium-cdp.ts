// Debian's Chromium with a remote-debugging port, so that playwright (to sign in) and
// Lighthouse (to audit) drive the same browser and share its cookies.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toolEnv } from "@/lib/server/env";
import { CHROMIUM_OFFLINE_FLAGS } from "@/lib/testing/chromium";

export const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_OFFLINE_FLAGS];

export async function launchChromium(port: number): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "citedeck-lh-"));
  const exe = toolEnv().CHROMIUM_PATH;
  const proc = spawn(
    exe,
    [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${dir}`, "about:blank"],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const close = async () => {
    proc.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${endpoint}/json/version`)).ok) return { endpoint, close };
    } catch {
      /* not up yet */
    }
    if (proc.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`${exe} did not open its debugging port`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
