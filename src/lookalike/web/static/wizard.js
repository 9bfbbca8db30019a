// The mapping table: search, sensitive-only filter, bulk apply, and filter editors created only when opened
// (the editors themselves come from editors.js).
(function () {
  "use strict";
  const form = document.getElementById("mapping-form");
  if (!form) return;
  const find = document.getElementById("find");
  const onlyHints = document.getElementById("only-hints");
  const count = document.getElementById("selected-count");

  function filterRows() {
    const q = find.value.trim().toLowerCase();
    const hints = onlyHints.checked;
    form.querySelectorAll("tbody.table-group").forEach(function (group) {
      const tableHit = !q || group.dataset.table.includes(q);
      let any = false;
      group.querySelectorAll("tr[data-column]").forEach(function (row) {
        const show = (tableHit || row.dataset.column.includes(q)) && (!hints || row.dataset.hint);
        row.hidden = !show;
        any = any || show;
      });
      group.hidden = !any;
    });
  }
  find.addEventListener("input", filterRows);
  onlyHints.addEventListener("change", filterRows);

  // One listener for the whole table, and plain fetch: htmx is not loaded on this page (its start-up scan of a
  // 500-table schema took over a second).
  const headers = { "X-CSRF-Token": form.dataset.csrf };
  const SEP = form.dataset.sep;
  form.addEventListener("change", function (event) {
    const target = event.target;
    if (target.classList.contains("pick")) {
      count.textContent = form.querySelectorAll(".pick:checked").length + " selected";
    } else if (target.dataset.transformer !== undefined) {
      showSuggestion(target);
      const query = new URLSearchParams({ table: target.dataset.table, column: target.dataset.column });
      query.set(target.name, target.value);
      const box = target.parentElement.querySelector(".param-box");
      fetch("/jobs/wizard/params?" + query.toString(), { credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (html) { box.innerHTML = html; window.lookalikeEditors(box); });
    }
  });
  // A suggestion is only a button until applied: the input stays empty (not mapped) until the user takes it.
  function showSuggestion(input) {
    const button = input.parentElement.querySelector("[data-apply-suggestion]");
    if (button) button.hidden = input.value.trim() !== "";
  }
  function applySuggestion(input) {
    input.value = input.dataset.suggested;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }
  form.addEventListener("click", function (event) {
    const suggestion = event.target.closest("[data-apply-suggestion]");
    if (suggestion) {
      applySuggestion(suggestion.parentElement.querySelector("[data-transformer]"));
      return;
    }
    const previewing = event.target.closest("[data-preview]");
    if (previewing) {
      // The whole form (the mapping as it stands, unsaved) plus which table: the server merges and previews it.
      const body = new URLSearchParams(new FormData(form));
      body.set("preview_table", previewing.dataset.preview);
      const shown = previewing.parentElement.querySelector(".preview-result");
      shown.textContent = "reading rows…";
      fetch("/jobs/wizard/preview", { method: "POST", body: body, headers: headers, credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (html) { shown.innerHTML = html; });
      return;
    }
    const button = event.target.closest("[data-check]");
    if (!button) return;
    const where = document.getElementById(button.dataset.check).value;
    const out = button.parentElement.querySelector(".filter-result");
    const body = new URLSearchParams({ connection_id: form.dataset.source, table: button.dataset.table, where: where });
    fetch("/jobs/wizard/check-filter", { method: "POST", body: body, headers: headers, credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) { out.innerHTML = html; });
  });
  document.getElementById("bulk-apply").addEventListener("click", function () {
    const name = document.getElementById("bulk").value.trim();
    form.querySelectorAll(".pick:checked").forEach(function (box) {
      const input = box.closest("tr").querySelector("[data-transformer]");
      input.value = name;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      box.checked = false;
    });
    count.textContent = "0 selected";
  });

  document.getElementById("apply-suggested").addEventListener("click", function () {
    let applied = 0;
    form.querySelectorAll("[data-transformer][data-suggested]").forEach(function (input) {
      if (input.value.trim() !== "") return;  // a column already mapped keeps its mapping
      applySuggestion(input);
      applied += 1;
    });
    document.getElementById("suggested-count").textContent = applied + " suggestion(s) applied";
  });

  // A table's filter editor is built when its filter is first opened (500 tables must not ship 500 editors).
  const template = document.getElementById("where-template").innerHTML;
  form.addEventListener("toggle", function (event) {
    const details = event.target;
    if (!details.open || !details.classList || !details.classList.contains("subset")) return;
    if (!details.querySelector("textarea")) {
      const holder = document.createElement("div");
      holder.innerHTML = template.split("INDEX").join(details.dataset.index);
      holder.querySelector("textarea").name = "where" + SEP + details.dataset.table;
      holder.querySelector("[data-check]").dataset.table = details.dataset.table;
      details.appendChild(holder);
    }
    window.lookalikeEditors(details);
  }, true);
})();
