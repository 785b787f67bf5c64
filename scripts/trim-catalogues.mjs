// Writes the catalogues in dist/ as residents need them: compact JSON
// without the fields only maintainers read (the quotes behind each source,
// review dates, coordinates, legal basis, the path of a document's text,
// the CBS and UPL codes and product pages, which no card shows yet).
// The files in public/catalogus stay complete: `catalogue check` and every
// maintainer work on those. The browser's reader ignores these fields
// anyway (see the `skip_deserializing` fields in src/core/catalogue/model.rs).
//
// Translations leave the catalogues too: a text's Dutch (`nl`, `nl-B1`) stays,
// every other language goes to `taal/<code>/<catalogue>.json` next to the
// interface texts (Dutch words -> translation), which the app fetches only
// when a resident chooses that language, for the gemeente it shows. A Dutch
// first visit downloads no English or Arabic.
//
// Each catalogue is then split in two (the first visit stays small):
// its rules stay in `catalogus/<file>`: what the start page, the questions
// and direct help need (ids, names, kinds, themes, situations, eligibility
// rules, phones, places and opening times), and its texts go to
// `catalogus/teksten/<file>`: what only the results cards and "Alle hulp"
// read (descriptions, next steps, documents to bring, conditions in words,
// sources and web sources, web addresses, search words), by id. Which fields
// are texts is `scripts/catalogue-texts.json`, which the reader's unit tests
// split every shipped catalogue by (src/core/catalogue/lean.rs,
// merge_texts). The app fetches the texts when a resident leaves the start
// page; the translations above cover both files (they are keyed by Dutch).
//
// A gemeente's acceptance tests, `<gemeente>.scenarios.json` (run by
// `catalogue test`), are not catalogues: they are left in dist/catalogus as
// they are, untrimmed and without translation files, so the maintainers'
// page can fetch a shipped catalogue's scenarios. No resident's page fetches
// them (index.json lists catalogues only) and the size budget leaves them out.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const TEXTS = JSON.parse(readFileSync(new URL("catalogue-texts.json", import.meta.url), "utf8"));

const dir = process.argv[2] ?? "dist/catalogus";
const taalDir = join(dir, "..", "taal");
// Every interface language but Dutch gets a file, empty or not, so choosing
// it never asks for a file that is not there (src/core/i18n/mod.rs, Lang::ALL).
const LANGUAGES = ["en", "ar", "tr", "pl", "uk"];
let memory; // per catalogue: code -> { Dutch text: translation }
const clashes = new Set();

/// A translatable text: an object of language codes to strings, with Dutch.
function isText(value) {
  return value && typeof value === "object" && !Array.isArray(value) && typeof value.nl === "string" &&
    Object.entries(value).every(([k, v]) => /^[a-z]{2}(-[A-Za-z0-9]+)?$/.test(k) && typeof v === "string");
}

function keepDutch(text) {
  const dutch = {};
  for (const [code, value] of Object.entries(text)) {
    if (code === "nl" || code === "nl-B1") {
      dutch[code] = value;
      continue;
    }
    const book = (memory[code] ??= {});
    // The app looks a translation up by the Dutch it would show: B1 first.
    for (const key of [text["nl-B1"], text.nl].filter(Boolean)) {
      if (book[key] !== undefined && book[key] !== value) clashes.add(`${code}: “${key}”`);
      book[key] ??= value;
    }
  }
  return dutch;
}
const MAINTAINER_ONLY = new Set(["quote", "accessed", "review_by", "last_modified", "maintainer", "latitude", "longitude", "legal_basis", "languages", "cbs_code", "upl"]);

function trim(value) {
  if (isText(value)) return keepDutch(value);
  if (Array.isArray(value)) return value.map(trim);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !MAINTAINER_ONLY.has(k)).map(([k, v]) => [k, trim(v)]));
  }
  return value;
}

/// A catalogue (not the list of gemeenten, whose entries name their `file`).
/// Also out: what the browser reads but no page shows yet (a phone's, a
/// place's and an opening time's description), and what only maintainers
/// read of an organisation (its source and check date) and of the gemeente
/// (its opvangregio).
function trimCatalogue(cat) {
  const out = trim(cat);
  for (const doc of out.documents ?? []) delete doc.file;
  delete out.opvangregio;
  // Where a location's address comes from is for maintainers (a service's
  // sources are on its card).
  for (const loc of out.locations ?? []) delete loc.web_sources;
  for (const org of out.organizations ?? []) {
    delete org.source;
    delete org.assured_date;
  }
  for (const entry of [...(out.services ?? []), ...(out.organizations ?? [])]) {
    for (const phone of entry.phones ?? []) delete phone.description;
    for (const sal of entry.service_at_locations ?? []) {
      delete sal.description;
      for (const schedule of sal.schedules ?? []) delete schedule.description;
    }
  }
  return out;
}

/// A residents' catalogue as its rules and its texts (see the top).
/// Conditions in words count for matching ("misschien"): the rules keep an
/// empty text for each (`counted`), which the texts replace.
function split(cat) {
  const texts = { schema_version: cat.schema_version };
  for (const kind of ["services", "organizations", "locations"]) {
    const byId = {};
    for (const entry of cat[kind] ?? []) {
      const own = {};
      for (const field of TEXTS[kind]) {
        if (!(field in entry)) continue;
        own[field] = entry[field];
        delete entry[field];
        if (TEXTS.counted.includes(field) && Array.isArray(own[field]) && own[field].length) entry[field] = own[field].map(() => ({}));
      }
      if (Object.keys(own).length) byId[entry.id] = own;
    }
    if (Object.keys(byId).length) texts[kind] = byId;
  }
  for (const field of TEXTS.catalogue) {
    if (!(field in cat)) continue;
    texts[field] = cat[field];
    delete cat[field];
  }
  return { rules: cat, texts };
}

const counts = {};
let before = 0;
let after = 0;
let afterTexts = 0;
const SCENARIOS = ".scenarios.json";
for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "index.json" && !n.endsWith(SCENARIOS))) {
  const path = join(dir, name);
  const text = readFileSync(path, "utf8");
  memory = Object.fromEntries(LANGUAGES.map((code) => [code, {}]));
  const { rules, texts } = split(trimCatalogue(JSON.parse(text)));
  const out = JSON.stringify(rules);
  const outTexts = JSON.stringify(texts);
  writeFileSync(path, out);
  mkdirSync(join(dir, "teksten"), { recursive: true });
  writeFileSync(join(dir, "teksten", name), outTexts);
  for (const [code, book] of Object.entries(memory)) {
    mkdirSync(join(taalDir, code), { recursive: true });
    writeFileSync(join(taalDir, code, name), JSON.stringify(book));
    counts[code] = (counts[code] ?? 0) + Object.keys(book).length;
  }
  before += text.length;
  after += out.length;
  afterTexts += outTexts.length;
}
if (clashes.size) console.warn(`one Dutch text, two translations in one catalogue (the first is used):\n  ${[...clashes].join("\n  ")}`);
console.log(`translations of catalogue texts: ${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(", ")}`);
console.log(`catalogues for residents: ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB of rules + ${(afterTexts / 1024).toFixed(1)} KB of texts in teksten/ (uncompressed)`);
