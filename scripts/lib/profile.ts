// The engine's profiling and tracing switches for the CLI scripts, read from their environment:
// CITEDECK_PROFILE=1 (CPU ms per phase on stderr; =gc with node --expose-gc collects between phases)
// and CITEDECK_DEBUG=1 (every ranked fact with its score, every fact that gave no item).
import type { GenerateProfile } from "@/lib/generate";
import { toolEnv, type ToolEnv } from "@/lib/server/env";

/** CPU milliseconds of this process: other jobs on a shared machine do not distort it. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function profileFromEnv(
  env: Pick<ToolEnv, "CITEDECK_PROFILE" | "CITEDECK_DEBUG"> = toolEnv(),
): GenerateProfile | undefined {
  const profile = env.CITEDECK_PROFILE;
  const debug = env.CITEDECK_DEBUG;
  if (!profile && !debug) return undefined;
  const gc = profile === "gc" ? (globalThis as { gc?: () => void }).gc : undefined;
  return {
    write: (line) => void process.stderr.write(line),
    cpuMs: profile ? cpuMs : undefined,
    gc,
    traceFacts: !!debug,
  };
}
