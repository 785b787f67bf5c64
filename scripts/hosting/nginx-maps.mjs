// Writes, from a release build, the two nginx maps that
// scripts/hosting/nginx-server.conf sends as headers (they go in nginx's
// `http` block, as a file in /etc/nginx/conf.d/ does):
//  * $routekaart_csp: each page's Content-Security-Policy, exactly as its
//    <meta> says (scripts/csp.mjs writes it with the hashes of that build's
//    inline parts), plus `frame-ancestors 'self'` and the sites in
//    catalogus/index.json's `insluiters`, which a <meta> cannot say. A page
//    without a <meta> policy gets the frame-ancestors alone.
//  * $routekaart_cors: the request's Origin when it is one of those sites, so
//    they can load the widget (it fetches the app's files from their page).
// Write it again for every release and reload nginx: a policy with an older
// build's hashes blocks the new page's own inline code.
// Usage: node scripts/hosting/nginx-maps.mjs dist > /etc/nginx/conf.d/routekaart-maps.conf
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function pages(dir, root = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pages(path, root));
    else if (name.endsWith(".html")) out.push(relative(root, path));
  }
  return out;
}

/// The page's own policy from its <meta http-equiv="Content-Security-Policy">, or null.
export function metaPolicy(html) {
  const meta = html.match(/<meta http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i);
  return meta ? meta[1].replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&") : null;
}

/// The sites that embed the app (`insluiters`), checked as `catalogue check` does: origins only.
export function embedders(dist) {
  const index = JSON.parse(readFileSync(join(dist, "catalogus", "index.json"), "utf8"));
  const list = index.insluiters || [];
  for (const origin of list) {
    if (!/^https?:\/\/[a-z0-9.-]+(:[0-9]+)?$/i.test(origin)) throw new Error(`insluiters: "${origin}" is not an origin (https:// and the host, nothing after)`);
  }
  return list;
}

/// What the header says for a page: its <meta> policy and frame-ancestors.
export function headerPolicy(html, sites) {
  const ancestors = ["frame-ancestors 'self'", ...sites].join(" ");
  const meta = metaPolicy(html);
  return meta ? `${meta}; ${ancestors}` : ancestors;
}

const quoted = (value) => {
  // nginx reads $ as a variable, and \ and " would end or change the string.
  if (/[$"\\\n]/.test(value)) throw new Error(`cannot write ${value} as an nginx string`);
  return `"${value}"`;
};
const pathPattern = (path) => `"~/${path.replace(/[.+?*^$()[\]{}|\\]/g, "\\$&")}$"`;

export function nginxMaps(dist) {
  const sites = embedders(dist);
  const lines = [
    "# Written by scripts/hosting/nginx-maps.mjs from a release build: write it",
    "# again for every release. Read by scripts/hosting/nginx-server.conf.",
    "map $uri $routekaart_csp {",
    '    default "";',
  ];
  for (const page of pages(dist)) {
    lines.push(`    ${pathPattern(page)} ${quoted(headerPolicy(readFileSync(join(dist, page), "utf8"), sites))};`);
  }
  lines.push("}", "", "# The sites that embed the app (insluiters in catalogus/index.json).", "map $http_origin $routekaart_cors {", '    default "";');
  for (const site of sites) lines.push(`    ${quoted(site)} ${quoted(site)};`);
  lines.push("}", "");
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(nginxMaps(process.argv[2] || "dist"));
}
