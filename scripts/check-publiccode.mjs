// Checks publiccode.yml against the published JSON Schema of the
// standard (SchemaStore's publiccode.json, a copy in tests/fixtures/publiccode/)
// with Ajv, plus the rules of the standard the schema does not express (the
// description section and its mandatory keys, contacts for internal or
// community maintenance, BCP 47 language tags as the official parser checks
// them, ISO 3166-1 alpha-2 country codes, real dates) and that the version
// and licence agree with Cargo.toml.
//
// It then proves itself: a few broken copies of the file (a key missing, a
// wrong value, a wrong language tag, no contact, …) must each fail, so a
// check that silently passes everything fails the test command.
//
// Usage: node scripts/check-publiccode.mjs [FILE]   (default: publiccode.yml)
// Exit status 0 when the file is valid and every broken copy is refused.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";

const root = new URL("../", import.meta.url);
const file = process.argv[2] ?? new URL("publiccode.yml", root).pathname;
const schema = JSON.parse(
  readFileSync(new URL("tests/fixtures/publiccode/publiccode.schema.json", root), "utf8"),
);
const cargo = readFileSync(new URL("Cargo.toml", root), "utf8");
const cargoField = (key) => cargo.match(new RegExp(`^${key} = "([^"]*)"`, "m"))?.[1];

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

// The versions of the standard whose keys the schema copy describes (0.5.0).
const VERSIONS = ["0.4", "0.4.0", "0.5", "0.5.0"];

// A BCP 47 tag as the official parser's `bcp47_strict_language_tag` wants it:
// well formed and already in canonical form (so "nl", not "nld" or "NL").
const isStrictBcp47 = (tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
};
// Intl knows ISO 3166-1 alpha-2 regions plus a few CLDR codes that are not
// assigned country codes there.
const NOT_ISO_3166 = new Set(["EU", "EZ", "UN", "QO", "ZZ", "UK", "XK"]);
const isCountry = (c) => {
  if (typeof c !== "string" || !/^[A-Z]{2}$/.test(c) || NOT_ISO_3166.has(c)) return false;
  return new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(c) !== undefined;
};
const isRealDate = (s) => {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Every problem with one parsed publiccode.yml, as sentences (empty: valid). */
function problems(doc) {
  const out = [];
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return ["the file is not a YAML mapping"];
  }
  if (!validateSchema(doc)) {
    for (const e of validateSchema.errors) {
      out.push(`schema: ${e.instancePath || "/"} ${e.message}${
        e.params?.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : ""
      }${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
    }
  }
  // The standard's rules beyond the schema (schema.core of the standard).
  if (!VERSIONS.includes(doc.publiccodeYmlVersion)) {
    out.push(`publiccodeYmlVersion "${doc.publiccodeYmlVersion}" is not one the schema copy describes (${VERSIONS.join(", ")})`);
  }
  const desc = doc.description;
  if (!desc || typeof desc !== "object" || Object.keys(desc).length === 0) {
    out.push("description: at least one language is mandatory");
  } else {
    for (const [lang, d] of Object.entries(desc)) {
      if (!isStrictBcp47(lang)) out.push(`description.${lang}: not a canonical BCP 47 language tag`);
      if (!d?.shortDescription?.trim()) out.push(`description.${lang}.shortDescription is mandatory`);
    }
    const langs = Object.values(desc);
    if (!langs.some((d) => (d?.longDescription ?? "").length >= 150)) {
      out.push("description: a longDescription of 150 characters or more is mandatory (for at least one language)");
    }
    if (!langs.some((d) => Array.isArray(d?.features) && d.features.length > 0)) {
      out.push("description: features are mandatory (for at least one language)");
    }
  }
  const m = doc.maintenance ?? {};
  if (["internal", "community"].includes(m.type) && !(m.contacts?.length > 0)) {
    out.push(`maintenance.contacts is mandatory when maintenance.type is ${m.type}`);
  }
  if ((m.type === "contract") !== (m.contractors !== undefined)) {
    out.push("maintenance.contractors is mandatory for type contract and must not be present otherwise");
  }
  for (const lang of doc.localisation?.availableLanguages ?? []) {
    if (!isStrictBcp47(lang)) out.push(`localisation.availableLanguages: "${lang}" is not a canonical BCP 47 language tag`);
  }
  for (const c of [...(doc.intendedAudience?.countries ?? []), ...(doc.intendedAudience?.unsupportedCountries ?? [])]) {
    if (!isCountry(c)) {
      out.push(`intendedAudience: "${c}" is not an ISO 3166-1 alpha-2 country code`);
    }
  }
  if (doc.releaseDate !== undefined && !isRealDate(doc.releaseDate)) {
    out.push(`releaseDate "${doc.releaseDate}" is not a date (YYYY-MM-DD)`);
  }
  // This repository's own facts.
  if (doc.legal?.license !== cargoField("license")) {
    out.push(`legal.license "${doc.legal?.license}" differs from Cargo.toml's license "${cargoField("license")}"`);
  }
  if (doc.softwareVersion !== undefined && doc.softwareVersion !== cargoField("version")) {
    out.push(`softwareVersion "${doc.softwareVersion}" differs from Cargo.toml's version "${cargoField("version")}"`);
  }
  return out;
}

const text = readFileSync(file, "utf8");
let doc;
try {
  // YAML 1.2, as the standard mandates.
  doc = parse(text, { version: "1.2", uniqueKeys: true });
} catch (e) {
  console.error(`check-publiccode: ${file} is not valid YAML: ${e.message}`);
  process.exit(1);
}
const found = problems(doc);
if (found.length) {
  console.error(`check-publiccode: ${file} is not valid:\n  ${found.join("\n  ")}`);
  process.exit(1);
}

// The check must refuse broken files: each copy below breaks one rule.
const broken = {
  "no legal section": (d) => delete d.legal,
  "developmentStatus not in the list": (d) => (d.developmentStatus = "ready"),
  "a category not in the list": (d) => (d.categories = ["social-services"]),
  "a key the standard does not have": (d) => (d.licence = "EUPL-1.2"),
  "a long description under 150 characters": (d) => {
    for (const l of Object.values(d.description)) l.longDescription = "Te kort.";
  },
  "a three-letter language tag (nld)": (d) => {
    d.description.nld = d.description.nl;
    delete d.description.nl;
  },
  "no contacts for internal maintenance": (d) => delete d.maintenance.contacts,
  "a lowercase country code": (d) => (d.intendedAudience.countries = ["nl"]),
  "a date that does not exist": (d) => (d.releaseDate = "2026-02-30"),
  "another licence than Cargo.toml's": (d) => (d.legal.license = "MIT"),
  "no description": (d) => delete d.description,
};
const missed = [];
for (const [what, breakIt] of Object.entries(broken)) {
  const copy = structuredClone(doc);
  breakIt(copy);
  if (problems(copy).length === 0) missed.push(what);
}
if (missed.length) {
  console.error(`check-publiccode: the check accepts broken files:\n  ${missed.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `check-publiccode: ${file} is valid (publiccode.yml ${doc.publiccodeYmlVersion}, schema and the standard's rules); ` +
    `${Object.keys(broken).length} broken copies refused`,
);
