// Per-phase CPU times, written where the caller's profile option says (the scripts pass one from CITEDECK_PROFILE;
// the engine reads no environment variables).
import type { GenerateProfile } from "./types";

export class PhaseProfiler {
  private last: number;

  constructor(
    private readonly profile: GenerateProfile,
    private readonly clock: () => number,
  ) {
    this.last = clock();
  }

  write(line: string): void {
    this.profile.write(line);
  }

  /** Write the CPU time since the previous mark; with a gc hook, collect so that the next phase is charged its own garbage. */
  mark(label: string): void {
    const now = this.clock();
    this.profile.write(`[profile] ${label}: ${(now - this.last).toFixed(0)} ms\n`);
    const gc = this.profile.gc;
    if (gc) {
      gc();
      const g = this.clock();
      this.profile.write(`[profile]   (gc ${(g - now).toFixed(0)} ms)\n`);
      this.last = g;
    } else this.last = now;
  }
}
