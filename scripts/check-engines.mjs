// Every npm package the tests use must run on this machine's Node (a fresh
// machine has Node 20): reads the `engines.node` of each package in
// package-lock.json and fails when the running Node is older than a ">=x.y.z"
// it names (issue 14, defect 15: @axe-core/playwright wanted Node >= 22.12).
import { readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const have = process.versions.node.split(".").map(Number);
const atLeast = (want) => {
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
};
const problems = [];
for (const [name, pkg] of Object.entries(lock.packages ?? {})) {
  const range = pkg.engines?.node;
  if (!name || !range) continue;
  const m = range.trim().match(/^>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/);
  if (!m) {
    problems.push(`${name}: engines.node "${range}" is not a plain ">=x.y.z"; check it by hand`);
  } else if (!atLeast(m.slice(1).map((x) => Number(x ?? 0)))) {
    problems.push(`${name} needs Node ${range}; this machine has ${process.versions.node}`);
  }
}
if (problems.length) {
  console.error("check-engines:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log(`check-engines: every package runs on Node ${process.versions.node}`);
