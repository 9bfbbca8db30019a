// What the pages used to do in inline handlers, which the Content-Security-Policy refuses: one delegated
// listener per event, driven by data- attributes (whose values the templates escape like any other text).
//   form[data-confirm]         asks before it is sent (the text is shown as text, never run)
//   input[data-filter=NAME]    hides the [data-NAME] elements whose value lacks the typed text
//   select[data-switch=NAME]   shows only the [data-NAME] elements whose value is the chosen option
//   select[data-exclude=NAME]  hides (and unticks) the [data-NAME] element whose value is the chosen option
//   a[data-back]               goes back a page
//   [data-width] / [data-left] percentages for bars, set through the CSSOM (style attributes are refused)
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form.dataset && form.dataset.confirm !== undefined && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener("input", function (event) {
    const input = event.target;
    const name = input.dataset && input.dataset.filter;
    if (!name) return;
    const q = input.value.toLowerCase();
    document.querySelectorAll("[data-" + name + "]").forEach(function (element) {
      if (element !== input) element.hidden = !element.dataset[name].includes(q);
    });
  });
  document.addEventListener("change", function (event) {
    const select = event.target;
    const excluded = select.dataset && select.dataset.exclude;
    if (excluded) {
      document.querySelectorAll("[data-" + excluded + "]").forEach(function (element) {
        if (element === select) return;
        element.hidden = element.dataset[excluded] === select.value;
        if (element.hidden) element.querySelectorAll("input").forEach(function (input) { input.checked = false; });
      });
    }
    const name = select.dataset && select.dataset["switch"];
    if (!name) return;
    document.querySelectorAll("[data-" + name + "]").forEach(function (element) {
      if (element !== select) element.hidden = element.dataset[name] !== select.value;
    });
  });
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[data-back]");
    if (link && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  function percent(value) {
    const number = parseFloat(value);
    return isFinite(number) ? Math.max(0, Math.min(100, number)) + "%" : "";
  }
  function bars(container) {
    container.querySelectorAll("[data-width]").forEach(function (element) {
      element.style.width = percent(element.dataset.width);
      if (element.dataset.left !== undefined) element.style.left = percent(element.dataset.left);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { bars(document); });
  document.addEventListener("htmx:load", function (event) { bars(event.target); });
})();
