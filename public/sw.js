// Routekaart's service worker: the app keeps working offline (a kiosk whose
// network drops, a phone reopening the app). Registered by boot.js on the
// standalone page and the kiosk, never by the widget. It holds only the
// app's own files and catalogues: answers are never in a request, so never
// in this cache.
//
// Hashed files (routekaart-<hash>.js/_bg.wasm, main-<hash>.css) never change:
// cache first. Everything else (the pages, boot.js, catalogues) can be
// corrected at any time: network first, the cache only when offline, so a
// corrected catalogue reaches residents at once.
"use strict";
var CACHE = "routekaart-1";
var HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); })
  );
});

// The page lists what it loaded before this worker took over (its first
// visit), so that is cached too: the page itself, the wasm, the catalogues.
self.addEventListener("message", function (event) {
  var urls = event.data && event.data.routekaartCache;
  if (!Array.isArray(urls)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.filter(sameOrigin).map(function (url) {
      return cache.match(url).then(function (hit) {
        return hit || cache.add(url).catch(function () {});
      });
    }));
  }));
});

function sameOrigin(url) {
  try {
    var u = new URL(url, self.location.href);
    return u.origin === self.location.origin && !u.search;
  } catch (e) {
    return false;
  }
}

self.addEventListener("fetch", function (event) {
  var req = event.request;
  if (req.method !== "GET" || !sameOrigin(req.url)) return;
  var url = new URL(req.url);
  url.hash = "";
  var key = url.href;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (hit) {
        return hit || fetch(req).then(function (res) {
          if (res.ok) cache.put(key, res.clone());
          return res;
        });
      });
    }));
    return;
  }
  event.respondWith(fetch(req).then(function (res) {
    if (res.ok) {
      var copy = res.clone();
      caches.open(CACHE).then(function (cache) { cache.put(key, copy); });
    }
    return res;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (hit) {
        if (hit) return hit;
        // A page opened offline at its directory ("…/") is its index.html.
        if (req.mode !== "navigate") return Response.error();
        return cache.match(new URL("index.html", url).href).then(function (page) {
          return page || Response.error();
        });
      });
    });
  }));
});
