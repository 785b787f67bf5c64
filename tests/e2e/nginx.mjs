// Serves a release build with Debian's nginx and the hosting configuration
// (scripts/hosting/nginx-server.conf), on 127.0.0.1 only, for the
// end-to-end tests (playwright.config.mjs starts and stops it).
// Usage: node tests/e2e/nginx.mjs DIST PORT [INSLUITER...]
//
// Everything nginx writes (its pid, logs and temporary files) and the copy it
// serves are in target/e2e-nginx/, made anew on every start: nothing in
// /var/log or /run. Started by root (as on CI), nginx runs as nobody.
// The copy is the build as a gemeente configured it: the INSLUITER origins
// as `insluiters` in catalogus/index.json and in the list inside index.html
// (what a build from such an index.json holds), compressed again, and the
// nginx maps written from it (scripts/hosting/nginx-maps.mjs).
// SIGTERM or SIGINT stops nginx; the script ends when nginx does.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, chownSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { nginxMaps } from "../../scripts/hosting/nginx-maps.mjs";
import { precompress, precompressDir } from "../../scripts/precompress.mjs";

const dist = resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || 4183);
const insluiters = process.argv.slice(4);
const prefix = resolve("target/e2e-nginx");
const site = join(prefix, "site");
const server = resolve("scripts/hosting/nginx-server.conf");
const NGINX = "/usr/sbin/nginx";
const MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

for (const [path, pkg] of [[NGINX, "nginx"], [MODULE, "libnginx-mod-http-brotli-static"]]) {
  if (!existsSync(path)) {
    console.error(`nginx.mjs: ${path} is missing: install Debian's ${pkg} (scripts/install.sh test does)`);
    process.exit(1);
  }
}

// An nginx this script started before and that outlived it (its parent was
// killed) still holds the port: stop it by the pid it wrote.
const oldPid = join(prefix, "nginx.pid");
if (existsSync(oldPid)) {
  const pid = Number(readFileSync(oldPid, "utf8"));
  const ours = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(prefix);
    } catch {
      return false;
    }
  };
  if (ours()) {
    process.kill(pid, "SIGTERM");
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 100 && ours(); i++) Atomics.wait(pause, 0, 0, 50);
  }
}

rmSync(prefix, { recursive: true, force: true });
mkdirSync(join(prefix, "tmp"), { recursive: true });
cpSync(dist, site, { recursive: true, preserveTimestamps: true });

if (insluiters.length) {
  const indexJson = join(site, "catalogus", "index.json");
  const index = JSON.parse(readFileSync(indexJson, "utf8"));
  index.insluiters = insluiters;
  writeFileSync(indexJson, JSON.stringify(index, null, 2) + "\n");
  const indexHtml = join(site, "index.html");
  const html = readFileSync(indexHtml, "utf8");
  const patched = html.replace(/(<script type="?application\/json"? id="?rk-index"?>)(.*?)(<\/script>)/s, (_, open, json, close) => {
    const inline = JSON.parse(json);
    inline.insluiters = insluiters;
    return open + JSON.stringify(inline).replace(/</g, "\\u003c") + close;
  });
  if (patched === html) {
    console.error("nginx.mjs: no list of gemeenten (rk-index) in index.html");
    process.exit(1);
  }
  writeFileSync(indexHtml, patched);
  precompress(indexJson);
  precompress(indexHtml);
}
// A build made before the release build compressed its files still serves.
precompressDir(site);

writeFileSync(join(prefix, "maps.conf"), nginxMaps(site));
writeFileSync(
  join(prefix, "nginx.conf"),
  `# Written by tests/e2e/nginx.mjs: the hosting configuration on 127.0.0.1:${port}.
load_module ${MODULE};
pid ${prefix}/nginx.pid;
error_log stderr warn;
worker_processes 1;
events { worker_connections 256; }
http {
    access_log ${prefix}/access.log;
    # The specs ask for missing files on purpose; the access log has them.
    log_not_found off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    include ${prefix}/maps.conf;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${site};
        include ${server};
    }
}
`,
);

const args = ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"];
let command = [NGINX, ...args];
if (process.getuid && process.getuid() === 0) {
  // Root (CI, these machines): nginx as nobody, which may read the build
  // and the configuration and write only its own directory.
  const chownAll = (path) => {
    chownSync(path, 65534, 65534);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownAll(join(path, name));
  };
  chownAll(prefix);
  command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", NGINX, ...args];
}
// The configuration is checked first, so a mistake is one clear message.
execFileSync(command[0], [...command.slice(1, -2), "-t", "-q"], { stdio: "inherit" });

const nginx = spawn(command[0], command.slice(1), { stdio: ["ignore", "inherit", "inherit"] });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => nginx.kill("SIGTERM"));
nginx.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGTERM" ? 0 : 1)));
console.log(`nginx: serving ${dist} on http://127.0.0.1:${port}/`);
