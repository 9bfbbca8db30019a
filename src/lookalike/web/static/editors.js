// Code editors for textareas marked data-editor (params forms drawn by htmx included).
(function () {
  "use strict";
  function editor(area) {
    if (area.dataset.ready || typeof CodeMirror === "undefined") return;
    area.dataset.ready = "1";
    const cm = CodeMirror.fromTextArea(area, { mode: area.dataset.editor === "sql" ? "text/x-pgsql" : "javascript",
      lineWrapping: true, viewportMargin: Infinity, extraKeys: { Tab: false, "Shift-Tab": false } });
    cm.on("change", function () { cm.save(); });
  }
  window.addEventListener("load", function () { document.querySelectorAll("textarea[data-editor]").forEach(editor); });
  document.body.addEventListener("htmx:afterSwap", function (event) {
    event.target.querySelectorAll("textarea[data-editor]").forEach(editor);
  });
})();
