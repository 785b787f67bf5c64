// The harness checks itself: the accessibility check (axe-core run in the
// page) reports a real violation, so a clean result elsewhere means something.
import { test, expect } from "@playwright/test";
import { checkA11y } from "./harness.mjs";

test("the accessibility check catches an image without alt text", async ({ page }) => {
  await page.setContent('<html lang="nl"><head><title>x</title></head><body><main><h1>x</h1><img src="data:,"></main></body></html>');
  const error = await checkA11y(page, "an image without alt").then(() => null, (e) => String(e));
  expect(error).toContain("image-alt");
});
