// Live preview only (`generator serve`; main.html adds this script then): when a save broke the
// build, the generator's errors are shown over the page, as Hugo's error overlay does, until the
// next good save. The page itself is the last good version. generator/serve.py writes the file.
(() => {
  const errorsUrl = new URL("../../preview-errors.json", document.currentScript.src);
  fetch(errorsUrl, { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : { errors: [] }))
    .then(({ errors, message }) => {
      if (!errors || !errors.length) return;
      const overlay = document.createElement("div");
      overlay.className = "preview-errors";
      overlay.setAttribute("role", "alert");
      overlay.dir = "rtl";
      overlay.style.cssText = "position:fixed;inset:0;z-index:10000;overflow:auto;padding:2rem;" +
        "background:rgba(20,0,0,.92);color:#fff;font:1rem/1.6 system-ui,sans-serif";
      const title = document.createElement("h2");
      title.textContent = message;
      title.style.cssText = "color:#ffb4a9;margin-top:0";
      const list = document.createElement("pre");
      list.dir = "auto";
      list.style.cssText = "white-space:pre-wrap;font:0.95rem/1.5 ui-monospace,monospace;color:#fff";
      list.textContent = errors.join("\n");
      overlay.append(title, list);
      document.body.append(overlay);
    })
    .catch(() => {});
})();
