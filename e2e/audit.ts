// The checks every page gets in the browser tests: axe-core (WCAG 2.1 A and AA) in the light and
// the dark theme, and no sideways scrolling on a 390 px wide phone. Each check returns the
// problems it found as readable lines, so one run lists every page's faults at once.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each. */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map(
        (n) =>
          `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.split("\n").slice(1, 2).join("").trim()})` : ""}`,
      );
    return `${label}: ${v.id} [${v.impact}] ${v.help} — ${where.join("; ")}`;
  });
}

/** Elements wider than the viewport, named, when the page scrolls sideways. */
export async function sidewaysProblems(page: Page, label: string, width = PHONE.width): Promise<string[]> {
  const r = await page.evaluate((w) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= w) return { scrollWidth, culprits: [] as string[] };
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const box = el.getBoundingClientRect();
      if (box.right <= w + 0.5 || box.width === 0) continue;
      // only the outermost offender of a branch
      let p = el.parentElement,
        inner = false;
      while (p && p !== document.body) {
        if (p.getBoundingClientRect().right > w + 0.5) {
          inner = true;
          break;
        }
        p = p.parentElement;
      }
      if (!inner)
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""} (right edge ${Math.round(box.right)} px)`,
        );
    }
    return { scrollWidth, culprits: culprits.slice(0, 5) };
  }, width);
  return r.scrollWidth <= width
    ? []
    : [`${label}: the page is ${r.scrollWidth} px wide at ${width} px: ${r.culprits.join(", ")}`];
}

/** Every check for the page on screen: axe in light and dark, then at the phone width axe again
 *  (a layout can fault there only: a region that scrolls only when narrow must take focus) and
 *  the width (the header too: at most two rows). The page is left in the light theme at desktop size. */
export async function auditPage(page: Page, label: string): Promise<string[]> {
  const out: string[] = [];
  await page.waitForLoadState("load");
  // a loading skeleton (loading.tsx) still on screen: wait for the page it stands for
  await page.waitForFunction(() => !document.querySelector("[data-testid=loading]"));
  // after a client-side navigation (a server action's redirect) Next sets the new page's <title>
  // a moment after its content: a page that never gets one still fails here, by timeout
  await page.waitForFunction(() => document.title.trim() !== "");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    out.push(...(await axeProblems(page, `${label} (${colorScheme})`)));
  }
  await page.emulateMedia({ colorScheme: "light" });
  // landmarks: one banner (the header), one main (the skip link's target)
  const marks = await page.evaluate(() => ({
    main: document.querySelectorAll("main#main").length,
    banner: document.querySelectorAll("body > header").length,
    skip: !!document.querySelector("a.skip[href='#main']"),
  }));
  if (marks.main !== 1 || marks.banner !== 1 || !marks.skip)
    out.push(`${label}: landmarks ${JSON.stringify(marks)} (want one main#main, one header, a skip link)`);
  const size = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  out.push(...(await axeProblems(page, `${label} (390 px, light)`)));
  out.push(...(await sidewaysProblems(page, `${label} (390 px)`)));
  const header = await page.locator("header.top").boundingBox();
  if (header && header.height > 100)
    out.push(`${label} (390 px): the header is ${Math.round(header.height)} px tall (more than two rows)`);
  await page.setViewportSize(size);
  return out;
}
