// Writes the catalogues in dist/ as residents need them: compact JSON
// without the fields only maintainers read (the quotes behind each source,
// review dates, coordinates, legal basis, the path of a document's text).
// The files in public/catalogus stay complete: `catalogue check` and every
// maintainer work on those. The browser's reader ignores these fields
// anyway (see the `skip_deserializing` fields in src/core/catalogue/model.rs).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist/catalogus";
const MAINTAINER_ONLY = new Set(["quote", "review_by", "last_modified", "maintainer", "latitude", "longitude", "legal_basis", "languages"]);

function trim(value) {
  if (Array.isArray(value)) return value.map(trim);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !MAINTAINER_ONLY.has(k)).map(([k, v]) => [k, trim(v)]));
  }
  return value;
}

/// A catalogue (not the list of gemeenten, whose entries name their `file`).
function trimCatalogue(cat) {
  const out = trim(cat);
  for (const doc of out.documents ?? []) delete doc.file;
  return out;
}

let before = 0;
let after = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "index.json")) {
  const path = join(dir, name);
  const text = readFileSync(path, "utf8");
  const out = JSON.stringify(trimCatalogue(JSON.parse(text)));
  writeFileSync(path, out);
  before += text.length;
  after += out.length;
}
console.log(`catalogues for residents: ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB (uncompressed)`);
