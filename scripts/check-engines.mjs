// Every npm package the tests use must run on this machine's Node (a fresh
// machine has Node 20): reads the `engines.node` of each package in
// package-lock.json and fails when the running Node does not meet the range
// it names (@axe-core/playwright once wanted a newer Node than the machine had):
// >=, >, <=, <, ^, ~ and exact versions, alternatives joined by ||.
import { readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const have = process.versions.node.split(".").map(Number);
const cmp = (a, b) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};
// One comparator of a range: >=, >, <=, <, ^ (same major), ~ (same minor) or
// an exact version; undefined when it is written otherwise.
const meets = (comparator) => {
  const m = comparator.match(/^(>=|<=|>|<|\^|~|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/);
  if (!m) return undefined;
  const want = m.slice(2).map((x) => (x === undefined || x === "x" || x === "*" ? 0 : Number(x)));
  const c = cmp(have, want);
  switch (m[1]) {
    case ">=": return c >= 0;
    case ">": return c > 0;
    case "<=": return c <= 0;
    case "<": return c < 0;
    case "^": return c >= 0 && have[0] === want[0];
    case "~": return c >= 0 && have[0] === want[0] && have[1] === want[1];
    default: {
      // 20, 20.x, 20.1.x or 20.1.2: the parts given must match.
      const given = m.slice(2).findIndex((x) => x === undefined || x === "x" || x === "*");
      return cmp(have.slice(0, given < 0 ? 3 : given), want.slice(0, given < 0 ? 3 : given)) === 0;
    }
  }
};
// A range: alternatives joined by ||, each a set of comparators that must
// all hold; met when one alternative holds.
const satisfies = (range) => {
  const alternatives = range.split("||").map((alt) => alt.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, "$1").split(/\s+/).map(meets));
  if (alternatives.some((alt) => alt.some((r) => r === undefined))) return undefined;
  return alternatives.some((alt) => alt.every(Boolean));
};
const problems = [];
for (const [name, pkg] of Object.entries(lock.packages ?? {})) {
  const range = pkg.engines?.node;
  if (!name || !range) continue;
  const ok = satisfies(range.trim());
  if (ok === undefined) {
    problems.push(`${name}: engines.node "${range}" is not a range this check reads; check it by hand`);
  } else if (!ok) {
    problems.push(`${name} needs Node ${range}; this machine has ${process.versions.node}`);
  }
}
if (problems.length) {
  console.error("check-engines:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log(`check-engines: every package runs on Node ${process.versions.node}`);
