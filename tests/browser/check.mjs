// Loads report pages in headless Chromium and measures what tests/browser.rs asserts:
// console errors, dialogs, requests leaving the page, points of each curve, text boxes
// running out of their lane, and the pages of a PDF print. Usage:
//   node check.mjs MANIFEST.json   (prints the results as JSON on standard output)
// The manifest: {"chromium": PATH, "pages": [{"name", "file", "screenshot"?: PATH}]}; a
// file is an HTML report or a standalone SVG (which is not printed).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const profile = mkdtempSync(join(tmpdir(), "cjm-chromium-"));
const browser = await puppeteer.launch({
  executablePath: manifest.chromium,
  headless: true,
  userDataDir: profile,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
  ],
});

/** Runs in the page: what the test checks, measured. */
function measure() {
  const describe = (element) => {
    const text = (element.textContent || "").trim().slice(0, 60);
    return `${element.tagName.toLowerCase()}.${element.className || ""} "${text}"`;
  };
  const overflows = [];
  const boxes = document.querySelectorAll(
    "table.lanes th, table.lanes td, table.segments th, table.segments td, " +
      "table.index td, table.findings td, .facts dt, .facts dd, h1, h2, p",
  );
  for (const box of boxes) {
    if (box.scrollWidth > box.clientWidth + 1) {
      overflows.push(`${describe(box)} is ${box.scrollWidth}px wide in ${box.clientWidth}px`);
    }
    const outer = box.getBoundingClientRect();
    for (const inner of box.querySelectorAll("*")) {
      if (inner.closest("svg") && inner.tagName.toLowerCase() !== "svg") continue;
      const r = inner.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > outer.right + 1 || r.left < outer.left - 1 || r.bottom > outer.bottom + 1) {
        overflows.push(`${describe(inner)} runs out of ${describe(box)}`);
      }
    }
  }
  const scrolls = [...document.querySelectorAll(".lanes-scroll")].map(
    (element) => element.scrollWidth > element.clientWidth + 1,
  );
  const curves = [...document.querySelectorAll("section.map")].map((section) => ({
    id: section.id,
    stage_points: section.querySelectorAll(".lane-curve .stage-point").length,
    touchpoint_points: section.querySelectorAll(".lane-curve .touchpoint-point").length,
    segment_lines: section.querySelectorAll(".lane-curve .segment-line").length,
  }));
  const points = {
    stage: document.querySelectorAll(".stage-point:not(.legend-mark)").length,
    touchpoint: document.querySelectorAll(".touchpoint-point:not(.legend-mark)").length,
  };
  const background = getComputedStyle(document.documentElement).backgroundColor;
  return { overflows, scrolls_sideways: scrolls.some(Boolean), curves, points, background };
}

/** Runs in the page: sorts the index by each sortable column, both ways, and returns the
 * columns whose rows did not come out in the order their heading announces. */
function sortEveryColumn() {
  const wrong = [];
  for (const table of document.querySelectorAll("table[data-sortable]")) {
    for (const th of table.querySelectorAll("th[data-sort]")) {
      const button = th.querySelector("button");
      if (!button) {
        wrong.push(`${th.textContent}: no button`);
        continue;
      }
      const numeric = th.dataset.sort === "number";
      const seen = new Set();
      for (let click = 0; click < 2; click++) {
        button.click();
        const sort = th.getAttribute("aria-sort");
        seen.add(sort);
        const direction = sort === "ascending" ? 1 : -1;
        const keys = [...table.tBodies[0].rows].map((row) => {
          const cell = row.cells[th.cellIndex];
          const key = cell.dataset.key !== undefined ? cell.dataset.key : cell.textContent.trim();
          return numeric ? Number(key) : key;
        });
        for (let i = 1; i < keys.length; i++) {
          const order = numeric ? keys[i] - keys[i - 1] : keys[i].localeCompare(keys[i - 1]);
          if (order * direction < 0) {
            wrong.push(`${th.textContent} ${sort}: ${keys.join(", ")}`);
            break;
          }
        }
      }
      if (!seen.has("ascending") || !seen.has("descending")) {
        wrong.push(`${th.textContent}: two clicks gave ${[...seen].join(", ")}`);
      }
    }
  }
  return wrong;
}

/** The number of pages in a PDF: its page objects. */
function pdfPages(bytes) {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

const results = [];
for (const entry of manifest.pages) {
  for (const scheme of ["light", "dark"]) {
    const page = await browser.newPage();
    const problems = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warn") {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith("file:") && !url.startsWith("data:")) {
        problems.push(`request leaving the page: ${url}`);
      }
    });
    page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()}`));
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.setViewport({ width: 1600, height: 1000 });
    await page.goto(pathToFileURL(entry.file).href, { waitUntil: "load" });
    const measured = await page.evaluate(measure);
    measured.sorting = await page.evaluate(sortEveryColumn);
    const result = { name: entry.name, scheme, problems, ...measured };
    if (scheme === "light" && entry.file.endsWith(".html")) {
      await page.emulateMediaType("print");
      result.print_overflows = (await page.evaluate(measure)).overflows;
      await page.emulateMediaType(null);
      const a3 = await page.pdf({ format: "A3", landscape: true, printBackground: true });
      const a4 = await page.pdf({ format: "A4", landscape: true, printBackground: true });
      result.a3_pages = pdfPages(a3);
      result.a4_pages = pdfPages(a4);
    }
    if (entry.screenshot && scheme === "light") {
      await page.screenshot({ path: entry.screenshot, fullPage: true });
    }
    results.push(result);
    await page.close();
  }
}
await browser.close();
rmSync(profile, { recursive: true, force: true });
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
