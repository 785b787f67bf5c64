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
    var own = texts();
    root.innerHTML = "";
    var main = document.createElement("main");
    main.className = "rk-boot";
    if (own) {
      main.setAttribute("lang", language);
      main.setAttribute("dir", own.dir);
    }
    var h1 = document.createElement("h1");
    h1.className = "rk-heading-1";
    h1.textContent = "Routekaart";
    var box = document.createElement("div");
    box.className = "rk-boot--failed";
    box.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.className = "rk-boot__message";
    p.textContent = own ? own.failed : FAILED;
    box.appendChild(p);
    main.appendChild(h1);
    main.appendChild(box);
    root.appendChild(main);
  }

  // "Snel weg" went back to the app's first entry in this tab, which an
  // earlier page load made: leave from here as the app does
  // (src/ui/components/quick_exit.rs): a new entry drops the Forward ones,
  // one step back, and this entry becomes the neutral page.
  function leaveIfAsked() {
    try {
      if (!sessionStorage.getItem("rk-snel-weg")) return;
      sessionStorage.removeItem("rk-snel-weg");
      document.documentElement.hidden = true;
      addEventListener("popstate", function () {
        location.replace("about:blank");
      });
      history.pushState(null, "");
      history.back();
    } catch (e) {
      location.replace("about:blank");
    }
  }
  leaveIfAsked();
  addEventListener("pageshow", leaveIfAsked);

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

  function param(key) {
    var found = new RegExp("(?:^#|&)" + key + "=([^&]*)").exec(location.hash);
    return found ? found[1] : null;
  }
  // The language the resident asked for (#taal=…, or a language button
  // pressed before the wasm ran): the loading and failure messages follow
  // it, from the texts `catalogue prerender` wrote into the page (the
  // translator files' boot-starting and boot-failed). Without them: Dutch.
  var language = (param("taal") || "nl").split(/[-_]/)[0].toLowerCase();
  function texts() {
    if (language === "nl") return null;
    try {
      var all = JSON.parse(document.getElementById("rk-boot-texts").textContent);
      return Object.prototype.hasOwnProperty.call(all, language) ? all[language] : null;
    } catch (e) {
      return null;
    }
  }
  var translated = false;
  function translateLoading() {
    var message = document.querySelector("#rk-app .rk-boot .rk-boot__message");
    if (translated || !message) return translated;
    translated = true;
    var own = texts();
    if (own) {
      message.textContent = own.starting;
      message.closest("main").setAttribute("lang", language);
      message.closest("main").setAttribute("dir", own.dir);
    }
    return true;
  }
  // Runs `done` as soon as the elements it needs are parsed (it returns
  // true then), before the page first paints; at the latest when parsing ends.
  function whenParsed(done) {
    if (done()) return;
    var watch = new MutationObserver(function () {
      if (done()) watch.disconnect();
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () {
      done();
      watch.disconnect();
    });
  }
  var gemeente = param("gemeente");
  if (gemeente && !/^[a-z0-9_-]+$/.test(gemeente)) gemeente = null;
  var html = document.documentElement;

  // The resident's page carries its start page as static HTML (catalogue
  // prerender), painted before the wasm. Where the app will not show it
  // (another language than Dutch, a share link's answers, a kiosk address),
  // the loading message shows instead (style/main.css, data-rk-wacht), so
  // nothing flashes by. The app removes the attribute when it mounts.
  function waitForApp() {
    html.setAttribute("data-rk-wacht", "");
  }
  if (language !== "nl" || param("modus") === "kiosk" || param("antwoorden") !== null) waitForApp();
  if (language !== "nl") whenParsed(translateLoading);

  // A button pressed on the static start page before the app runs is kept
  // for the app (ui/mod.rs reads window.__routekaartVooraf), which carries
  // it out when it mounts. The skip link moves focus without writing a
  // fragment, as the app's does (a kiosk's set-up lives there).
  var early = (window.__routekaartVooraf = {});
  document.addEventListener("click", function (event) {
    if (started || !event.target.closest) return;
    var el = event.target.closest("#rk-app a, #rk-app button");
    if (!el) return;
    if (el.classList.contains("rk-skip-link")) {
      event.preventDefault();
      var main = document.getElementById("rk-main");
      if (main) main.focus();
      return;
    }
    if (el.classList.contains("rk-start__button")) early.scherm = "start";
    else if (el.closest(".rk-footer")) early.scherm = "privacy";
    else if (el.closest(".rk-lang__list") && el.getAttribute("lang") !== "nl") {
      early.taal = language = el.getAttribute("lang");
      translateLoading();
    } else return;
    waitForApp();
  }, true);

  // A gemeente in the address (#gemeente=…): its name in the static
  // header and the link to its "Alle hulp", as the app will show them, from
  // the list of gemeenten the page carries. Done while the page is parsed,
  // before it first paints.
  if (gemeente && html.hasAttribute("data-rk-index")) {
    var filled = false;
    var fill = function () {
      var name = document.querySelector("#rk-app .rk-header__name");
      var start = document.querySelector("#rk-app .rk-start__button");
      if (filled || !name || !start || !document.querySelector("#rk-app .rk-footer")) return filled;
      filled = true;
      try {
        var index = JSON.parse(document.getElementById("rk-index").textContent);
        var entry = index.gemeenten.filter(function (g) { return g.id === gemeente; })[0];
        if (!entry) return true;
        name.appendChild(document.createTextNode(" " + entry.name));
        document.title += " " + entry.name;
        var link = document.getElementById("rk-alle-hulp").content.firstChild.cloneNode(true);
        link.setAttribute("href", "alle-hulp.html#gemeente=" + entry.id + "&taal=nl");
        // Its line is already there (an empty .rk-start__more): nothing moves.
        var more = document.querySelector("#rk-app .rk-start__more");
        if (more) more.appendChild(link);
      } catch (e) {
        // The app shows the same when it runs.
      }
      return true;
    };
    whenParsed(fill);
  }

  // Start the catalogue downloads now, in parallel with the wasm, when the
  // address names the gemeente (#gemeente=…). The app's own requests then
  // find them in the preload cache. The resident's page carries the list of
  // gemeenten itself.
  if (gemeente) {
    (html.hasAttribute("data-rk-index") ? [] : ["index.json"]).concat([gemeente + ".json", "landelijk.json"]).forEach(function (file) {
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = "catalogus/" + file;
      document.head.appendChild(link);
    });
  }

  // In a frame (the widget's data-insluiten="iframe"): tell the page around
  // it how tall the app is, so the frame grows with it. Only the height, and
  // only to a site the gemeente allows (`insluiters` in catalogus/index.json)
  // or the app's own: the height changes with the answers, so a site that
  // frames the app to spy could follow the journey by it.
  if (window.parent !== window && typeof ResizeObserver === "function") {
    var parentOrigin = "";
    try {
      parentOrigin = location.ancestorOrigins && location.ancestorOrigins.length
        ? location.ancestorOrigins[0]
        : new URL(document.referrer).origin;
    } catch (e) {}
    var allowed = function () {
      if (parentOrigin === location.origin) return true;
      try {
        var list = JSON.parse(document.getElementById("rk-index").textContent).insluiters;
        return Array.isArray(list) && list.indexOf(parentOrigin) >= 0;
      } catch (e) {
        return false;
      }
    };
    document.addEventListener("DOMContentLoaded", function () {
      if (!parentOrigin || !allowed()) return;
      new ResizeObserver(function () {
        window.parent.postMessage({ routekaartHoogte: Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY) + 16 }, parentOrigin);
      }).observe(document.body);
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
