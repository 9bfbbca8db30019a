// Code editors for textareas marked data-editor: those on the page at load, those htmx draws, and those other
// scripts add (they call window.lookalikeEditors(container)).
(function () {
  "use strict";
  function editor(area) {
    if (area.dataset.ready || typeof CodeMirror === "undefined") return;
    area.dataset.ready = "1";
    const cm = CodeMirror.fromTextArea(area, { mode: area.dataset.editor === "sql" ? "text/x-pgsql" : "javascript",
      lineWrapping: true, viewportMargin: Infinity, extraKeys: { Tab: false, "Shift-Tab": false } });
    cm.on("change", function () { cm.save(); });
  }
  function editors(container) { container.querySelectorAll("textarea[data-editor]").forEach(editor); }
  window.lookalikeEditors = editors;
  window.addEventListener("load", function () { editors(document); });
  document.body.addEventListener("htmx:afterSwap", function (event) { editors(event.target); });
})();
