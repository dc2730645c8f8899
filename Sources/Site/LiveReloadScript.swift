extension LiveReload {
  /// The script pages load in `serve`: reloads the page when it changed, shows the build
  /// errors over the page (heading in the page's language) until a build succeeds.
  static let script = #"""
    (function () {
      var src = document.currentScript.src;
      var version = (src.match(/v=(\d+)/) || [0, 0])[1];
      var lang = (document.documentElement.lang || "ru").slice(0, 2);
      var titles = {
        ru: "Сайт не собран. Исправьте ошибки, и страница обновится сама:",
        kk: "Сайт жиналмады. Қателерді түзетіңіз, бет өзі жаңарады:",
        en: "The site did not build. Fix these errors and the page reloads by itself:"
      };
      var here = decodeURIComponent(location.pathname).replace(/^\//, "");
      if (here === "" || /\/$/.test(here)) here += "index.html";
      function hide() {
        var old = document.getElementById("pednet-errors");
        if (old) old.remove();
      }
      function show(errors) {
        hide();
        var box = document.createElement("div");
        box.id = "pednet-errors";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
          "background:rgba(20,20,20,.94);color:#fff;padding:2rem;font:16px/1.5 system-ui,sans-serif";
        var title = document.createElement("h2");
        title.textContent = titles[lang] || titles.en;
        var list = document.createElement("pre");
        list.style.cssText = "white-space:pre-wrap;color:#ffb4a8;font:14px/1.5 monospace";
        list.textContent = errors.join("\n");
        box.appendChild(title);
        box.appendChild(list);
        document.body.appendChild(box);
      }
      function touches(changed) {
        return changed.some(function (path) {
          return path === here || /\.(css|js)$/.test(path) && !/^search\//.test(path);
        });
      }
      function connect() {
        var events = new EventSource("/__pednet/events?v=" + version);
        events.addEventListener("reload", function (event) {
          var data = JSON.parse(event.data);
          if (data.all || touches(data.changed)) return location.reload();
          version = data.version;
          hide();
        });
        events.addEventListener("errors", function (event) {
          show(JSON.parse(event.data).errors);
        });
        events.onerror = function () {
          events.close();
          setTimeout(connect, 1000);
        };
      }
      connect();
    })();
    """#
}
