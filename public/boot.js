// Shows an accessible message when the app cannot start: no WebAssembly, a
// failed download, or a crash before the first render. Kept tiny and plain so
// it works where the app itself does not.
(function () {
  "use strict";
  var FAILED = "Routekaart kan niet starten. Laad de pagina opnieuw. Lukt het niet? Probeer een andere browser.";
  var started = false;

  function fail() {
    if (started) return;
    started = true;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", show);
    } else {
      show();
    }
  }

  function show() {
    var root = document.getElementById("rk-app");
    if (!root) return;
    root.innerHTML = "";
    var main = document.createElement("main");
    main.className = "rk-boot";
    var h1 = document.createElement("h1");
    h1.className = "rk-heading-1";
    h1.textContent = "Routekaart";
    var box = document.createElement("div");
    box.className = "rk-boot--failed";
    box.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.className = "rk-boot__message";
    p.textContent = FAILED;
    box.appendChild(p);
    main.appendChild(h1);
    main.appendChild(box);
    root.appendChild(main);
  }

  // Trunk fires this after the wasm module initialised.
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });
  addEventListener("unhandledrejection", fail);
  addEventListener("error", function (event) {
    // Resource errors (the wasm or JS file) and script errors before start.
    if (!started) fail();
  }, true);
  if (typeof WebAssembly !== "object") fail();

  // Start the catalogue downloads now, in parallel with the wasm, when the
  // address names the gemeente (#gemeente=…). The app's own requests then
  // find them in the preload cache.
  var m = /(?:^#|&)gemeente=([a-z0-9_-]+)/.exec(location.hash);
  if (m) {
    ["index.json", m[1] + ".json", "landelijk.json"].forEach(function (file) {
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = "catalogus/" + file;
      document.head.appendChild(link);
    });
  }

  // In a frame (the widget's data-insluiten="iframe"): tell the page around
  // it how tall the app is, so the frame grows with it. Only the height.
  if (window.parent !== window && typeof ResizeObserver === "function") {
    var post = function () {
      window.parent.postMessage({ routekaartHoogte: Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY) + 16 }, "*");
    };
    document.addEventListener("DOMContentLoaded", function () {
      new ResizeObserver(post).observe(document.body);
    });
  }

  // Offline: the standalone page and the kiosk keep working without a
  // network (public/sw.js). The widget never loads this file. Once the worker
  // runs, it is told what this first visit loaded before it took over.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    addEventListener("load", function () {
      navigator.serviceWorker.register("sw.js").then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (reg) {
        var send = function (urls) {
          if (reg.active && urls.length) reg.active.postMessage({ routekaartCache: urls });
        };
        send([location.href.split("#")[0]]);
        new PerformanceObserver(function (list) {
          send(list.getEntries().map(function (e) { return e.name; }));
        }).observe({ type: "resource", buffered: true });
      }).catch(function () {});
    });
  }
})();
