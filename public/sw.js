// Routekaart's service worker: the app keeps working offline (a kiosk whose
// network drops, a phone reopening the app). Registered by boot.js on the
// standalone page and the kiosk, never by the widget. It holds only the
// app's own files and catalogues: answers are never in a request, so never
// in this cache.
//
// What it keeps is an allowlist, never "whatever is in scope": a personal
// page a server keeps beside the app must not stay readable offline. A
// response marked no-store or private is never kept.
//
// Hashed files (routekaart-<hash>.js/_bg.wasm, main-/tokens-<hash>.css)
// never change: cache first, but a kept copy must match the integrity hash
// the page asks for (scripts/integrity.mjs), or it is fetched again. The pages and boot.js, the catalogues and the
// translations can be corrected at any time: network first, the cache only
// when the network fails or takes longer than TIMEOUT_MS. Catalogues and
// translations are asked with "no-cache": the server confirms them each
// time, so a corrected catalogue reaches a returning resident at once, also
// from a server that sends no Cache-Control (browsers then guess a lifetime).
//
// A catalogue comes as its rules (catalogus/<file>) and its texts
// (catalogus/teksten/<file>), which the page fetches only when the resident
// leaves the start page. Whenever the worker keeps a catalogue's rules it
// keeps its texts too, from the same server at the same time, so a first
// visit that never left the start page still shows whole cards offline.
//
// The cache is named by release (scripts/build-release.sh writes RELEASE);
// activation deletes every other Routekaart cache, so releases never pile up.
"use strict";
var RELEASE = "dev";
var PREFIX = "routekaart-";
var CACHE = PREFIX + RELEASE;
var TIMEOUT_MS = 4000;
// Paths below the worker's own directory.
var HASHED = /^(routekaart|main|tokens)-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
var DATA = /^(catalogus\/(teksten\/)?[a-z0-9-]+\.json|taal\/[a-z]{2}\.ftl)$/;
// A catalogue's rules: their texts are kept with them (not the list of gemeenten).
var RULES = /^catalogus\/(?!index\.json$)([a-z0-9-]+\.json)$/;
var PAGES = /^(|index\.html|kiosk\.html|alle-hulp\.html|boot\.js)$/;
var BASE = new URL("./", self.location.href);

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); })
  );
});

// The kind of an address: "hashed", "data", "page", or null for anything
// this worker leaves alone (other origins, queries, files not on the list).
function kind(href) {
  var u;
  try {
    u = new URL(href, self.location.href);
  } catch (e) {
    return null;
  }
  if (u.origin !== BASE.origin || u.search || u.pathname.indexOf(BASE.pathname) !== 0) return null;
  var path = pathOf(u.href);
  if (HASHED.test(path)) return "hashed";
  if (DATA.test(path)) return "data";
  if (PAGES.test(path)) return "page";
  return null;
}

function pathOf(href) {
  return new URL(href, self.location.href).pathname.slice(BASE.pathname.length);
}

function keyOf(href) {
  var u = new URL(href, self.location.href);
  u.hash = "";
  return u.href;
}

// Only a plain, successful answer of our own server that may be stored.
function storable(res) {
  var control = res.headers.get("Cache-Control") || "";
  return res.ok && res.type === "basic" && !/no-store|private/i.test(control);
}

function keep(cache, key, res) {
  if (storable(res)) return cache.put(key, res.clone()).catch(function () {});
  return Promise.resolve();
}

// The texts file of a catalogue's rules (a key), or null.
function textsOf(key) {
  var m = RULES.exec(pathOf(key));
  return m ? new URL("catalogus/teksten/" + m[1], BASE).href : null;
}

// Asks the server for a catalogue's texts and keeps them (a copy stays
// when the network fails).
function keepTexts(cache, key) {
  var texts = textsOf(key);
  if (!texts) return Promise.resolve();
  return fetch(new Request(texts, { cache: "no-cache", credentials: "same-origin" })).then(function (res) {
    return keep(cache, texts, res);
  }).catch(function () {});
}

// The page lists what it loaded before this worker took over (its first
// visit), so that is kept too: the page itself, the wasm, the catalogues
// (with their texts).
self.addEventListener("message", function (event) {
  var urls = event.data && event.data.routekaartCache;
  if (!Array.isArray(urls)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.filter(function (url) { return typeof url === "string" && kind(url); }).map(function (url) {
      var key = keyOf(url);
      return cache.match(key).then(function (hit) {
        return hit || fetch(key, { credentials: "same-origin" }).then(function (res) { return keep(cache, key, res); }).catch(function () {});
      }).then(function () {
        var texts = textsOf(key);
        return texts && cache.match(texts).then(function (hit) { return hit || keepTexts(cache, key); });
      });
    }));
  }));
});

// An offline page opened at its directory ("…/") or as index.html: either copy.
function cachedCopy(cache, key, navigate) {
  return cache.match(key).then(function (hit) {
    if (hit || !navigate) return hit;
    var dir = new URL("./", key).href;
    return cache.match(dir).then(function (page) {
      return page || cache.match(new URL("index.html", dir).href);
    });
  });
}

// Network first; the kept copy when the network fails, or when it has not
// answered after TIMEOUT_MS and a copy is there (a server that accepts and
// never answers must not keep a resident waiting).
// Keeps the worker alive until the copy is written; once the answer is sent
// and the event is over, the write still runs, unguarded.
function extend(event, promise) {
  try {
    event.waitUntil(promise);
  } catch (e) {}
}

// The cache is looked up when it is needed, not when the request starts: a
// copy kept meanwhile (the previous answer's write can still be under way)
// counts.
function networkFirst(event, cache, key, request, navigate) {
  var network = fetch(request).then(function (res) {
    extend(event, keep(cache, key, res).then(function () {
      // New rules from the server: their texts with them.
      return storable(res) ? keepTexts(cache, key) : null;
    }));
    return res;
  });
  var late = new Promise(function (resolve) { setTimeout(resolve, TIMEOUT_MS); }).then(function () {
    return cachedCopy(cache, key, navigate).then(function (hit) { return hit || network; });
  });
  return Promise.race([network, late]).catch(function () {
    return cachedCopy(cache, key, navigate).then(function (hit) { return hit || Response.error(); });
  });
}

// Each hashed file's Subresource Integrity hash, written in by
// scripts/integrity.mjs: the worker checks every copy it keeps or serves,
// also for requests that carry no integrity of their own (Chromium drops it
// from a `preload as=fetch`).
var INTEGRITY = {};

// Whether a response's body matches `want` (sha256/384/512-<base64>); true
// when there is nothing to check against.
function matches(res, want) {
  var m = /^sha(256|384|512)-([A-Za-z0-9+\/=]+)$/.exec((want || "").split(/\s+/)[0]);
  if (!res || !m || !self.crypto || !crypto.subtle) return Promise.resolve(true);
  return res.clone().arrayBuffer().then(function (body) {
    return crypto.subtle.digest("SHA-" + m[1], body);
  }).then(function (digest) {
    var bytes = new Uint8Array(digest);
    var text = "";
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text) === m[2];
  });
}

self.addEventListener("fetch", function (event) {
  var req = event.request;
  var what = req.method === "GET" ? kind(req.url) : null;
  if (!what) return;
  var key = keyOf(req.url);
  event.respondWith(caches.open(CACHE).then(function (cache) {
    if (what === "hashed") {
      var want = INTEGRITY[key.slice(BASE.href.length)] || req.integrity;
      // A kept copy that does not match is thrown away and fetched again;
      // a changed file from the network is refused, never kept.
      return cache.match(key).then(function (hit) {
        return hit && matches(hit, want).then(function (ok) {
          return ok ? hit : cache.delete(key).then(function () { return null; });
        });
      }).then(function (hit) {
        return hit || fetch(req).then(function (res) {
          return matches(res, want).then(function (ok) {
            if (!ok) return Response.error();
            extend(event, keep(cache, key, res));
            return res;
          });
        });
      });
    }
    // Catalogues and translations: the server confirms them every time.
    var request = what === "data" ? new Request(key, { cache: "no-cache", credentials: "same-origin" }) : req;
    return networkFirst(event, cache, key, request, req.mode === "navigate");
  }));
});
