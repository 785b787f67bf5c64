// The maintainer studio (issue 16): beheer.html opens a file from the
// computer (nothing is uploaded), shows every finding with its line, the
// route a resident would see, and downloads that open again.
import { test, expect, checkA11y } from "./harness.mjs";
import { readFileSync } from "node:fs";

const heusden = readFileSync("public/catalogus/heusden.json", "utf8");

async function openFile(page, name, text, mimeType = "application/json") {
  await page.getByLabel("Kies een bestand").setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

test("a shipped catalogue opens clean; the preview shows the resident's route; the download opens again", async ({ page, guards }) => {
  await page.goto("/beheer.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogus controleren en bekijken");
  await checkA11y(page, "studio, empty");
  await openFile(page, "heusden.json", heusden);
  const services = JSON.parse(heusden).services.length;
  await expect(page.locator(".rk-studio__summary")).toContainText(`met ${services} diensten`);
  await expect(page.locator(".rk-studio__summary")).toContainText("0 fout(en)");
  // Preview: the resident's own results page, one heading level down.
  await page.getByLabel("Geld", { exact: true }).check();
  const route = page.locator(".rk-studio__route");
  await expect(route.getByRole("heading", { level: 2, name: "Hulp die bij u past" })).toBeVisible();
  await expect(route.locator(".rk-card").first()).toBeAttached();
  expect(await page.title()).toBe("Routekaart – beheer");
  await checkA11y(page, "studio with a catalogue and a preview");
  // Download, then open what was downloaded: the same catalogue, still clean.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Als catalogus van Routekaart (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("heusden.routekaart.json");
  const saved = readFileSync(await download.path(), "utf8");
  expect(JSON.parse(saved).services.length).toBe(services);
  await openFile(page, "heusden.routekaart.json", saved);
  await expect(page.locator(".rk-studio__summary")).toContainText("heusden.routekaart.json");
  await expect(page.locator(".rk-studio__summary")).toContainText("0 fout(en)");
  // Nothing left the machine: only the page's own files were requested
  // (the harness also refuses other origins and query strings).
  const paths = guards.requests.filter((u) => u.startsWith("http")).map((u) => new URL(u).pathname);
  // The national entries come from the build itself: residents get them too.
  const own = /^\/(beheer\.html|boot\.js|sw\.js|catalogus\/(teksten\/)?landelijk\.json|routekaart-[0-9a-f]+(_bg)?\.(js|wasm)|(main|tokens|studio)-[0-9a-f]+\.css)$/;
  expect(paths.filter((p) => !own.test(p))).toEqual([]);
});

test("a catalogue with a missing comma shows the mistake with its line, and the line itself", async ({ page }) => {
  await page.goto("/beheer.html");
  // The comma after the first service's id goes missing.
  const at = heusden.indexOf('"id": "', heusden.indexOf('"services"'));
  const comma = heusden.indexOf(",", at);
  const broken = heusden.slice(0, comma) + heusden.slice(comma + 1);
  const line = heusden.slice(0, comma).split("\n").length;
  await openFile(page, "heusden.json", broken);
  await expect(page.locator(".rk-studio__summary")).toContainText("kan niet gelezen worden");
  const finding = page.locator(".rk-studio__finding--error").first();
  await expect(finding).toContainText(/regel \d+, kolom \d+/);
  const shown = Number((await finding.textContent()).match(/regel (\d+)/)[1]);
  expect([line, line + 1]).toContain(shown);
  await finding.getByRole("button", { name: `Toon regel ${shown}` }).click();
  const listed = page.locator(`#rk-line-${shown}`);
  await expect(listed).toBeFocused();
  await expect(listed).toBeVisible();
  await checkA11y(page, "studio with a broken file");
});

test("a gemeente's scenarios run on the open catalogue; a resident's route is previewed; a failing one is named", async ({ page }) => {
  await page.goto("/beheer.html");
  const scenarios = readFileSync("public/catalogus/heusden.scenarios.json", "utf8");
  const residents = JSON.parse(scenarios).inwoners;
  // Scenarios before a catalogue: said, not lost.
  await openFile(page, "heusden.scenarios.json", scenarios);
  await expect(page.getByRole("status")).toContainText("Open eerst de catalogus");
  await openFile(page, "heusden.json", heusden);
  await expect(page.locator(".rk-studio__summary")).toContainText("0 fout(en)");
  await openFile(page, "heusden.scenarios.json", scenarios);
  const section = page.locator(".rk-studio__scenarios");
  await expect(section).toContainText(`${residents.length} inwoners, 0 met fouten`);
  // The preview shows one of them: the resident's own route.
  await page.getByLabel("Een inwoner uit de scenario's").selectOption({ label: residents[0].naam });
  await expect(page.locator(".rk-studio__route").getByRole("heading", { level: 2, name: "Hulp die bij u past" })).toBeVisible();
  // A wrong expectation fails, with the resident and the field.
  const wrong = JSON.parse(scenarios);
  wrong.inwoners[0].verwacht = { ...(wrong.inwoners[0].verwacht ?? {}), eerste: "nl-112" };
  await openFile(page, "heusden.scenarios.json", JSON.stringify(wrong, null, 2));
  await expect(section).toContainText("1 met fouten");
  await expect(section.locator(".rk-studio__finding--error")).toContainText(residents[0].naam);
  await checkA11y(page, "studio with scenarios");
});

test("an HSDS 3.0 file and a spreadsheet open as catalogues; HSDS and CSV downloads open again", async ({ page }) => {
  await page.goto("/beheer.html");
  // HSDS written from the official schema by hand (not by this project's export).
  const hsds = readFileSync("tests/fixtures/hsds/voedselbank-schuldhulp.json", "utf8");
  await openFile(page, "voedselbank-schuldhulp.json", hsds);
  await expect(page.locator(".rk-studio__summary").first()).toContainText("bestand in HSDS 3.0 met");
  await expect(page.locator(".rk-studio__summary").first()).toContainText("0 fout(en)");
  await expect(page.getByRole("heading", { name: "Niet overgenomen" })).toBeVisible();
  // Its services by name.
  await page.locator(".rk-studio__services summary").click();
  for (const s of [].concat(JSON.parse(hsds))) await expect(page.locator(".rk-studio__services")).toContainText(s.name);
  await checkA11y(page, "studio with an HSDS import");
  // The gemeente's own catalogue out as HSDS and as a spreadsheet, and back in.
  await openFile(page, "heusden.json", heusden);
  const services = JSON.parse(heusden).services.length;
  for (const [button, kind] of [["Als Open Referral HSDS 3.0 (JSON)", "bestand in HSDS 3.0"], ["Als spreadsheet (CSV)", "spreadsheet (CSV)"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    const saved = readFileSync(await download.path());
    await page.getByLabel("Kies een bestand").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/octet-stream", buffer: saved });
    await expect(page.locator(".rk-studio__summary").first()).toContainText(`${kind} met ${services} diensten`);
  }
  // A spreadsheet that cannot be read says why, with its line.
  await openFile(page, "kapot.csv", 'naam;omschrijving\n"open aanhalingsteken;x\n', "text/csv");
  await expect(page.locator(".rk-studio__finding--error").first()).toContainText(/regel \d+/);
});
