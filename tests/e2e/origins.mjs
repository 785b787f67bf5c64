// Where the end-to-end tests serve the build (playwright.config.mjs starts
// both servers), and the gemeente sites the embedding tests make up.
export const PORT = Number(process.env.E2E_PORT || 4173);
/// tests/e2e/server.mjs: most specs, and the made-up catalogues of the
/// service worker's tests.
export const NODE = `http://127.0.0.1:${PORT}`;
/// Debian's nginx with scripts/hosting/nginx-server.conf (tests/e2e/nginx.mjs).
export const NGINX_PORT = PORT + 10;
export const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
/// A gemeente's site that embeds the app: in the nginx build's `insluiters`,
/// so it gets CORS and may frame the app.
export const EMBEDDER = `http://127.0.0.1:${NGINX_PORT + 1}`;
/// A site the gemeente did not list.
export const STRANGER = `http://127.0.0.1:${NGINX_PORT + 2}`;
/// Both sites serve this directory (two more tests/e2e/server.mjs), where
/// the embedding spec writes their pages. Real servers on 127.0.0.1, not
/// pages made with page.route: Chromium lets only a page it got from a
/// loopback address fetch from one (Local Network Access).
export const SITES = "target/e2e-sites";
