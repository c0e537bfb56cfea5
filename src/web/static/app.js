// Keyboard shortcuts for the daily round of approvals. The page works without them.
//
// Nothing a person types into a sentence may approve a draft: approving is Ctrl+Enter (or
// Cmd+Enter), taken only while the page itself has the focus and no field is being edited,
// and every approval on the page can still be undone for a few seconds.
(function () {
  "use strict";
  // Whether a field has the focus: then every key is the person's text, not a shortcut.
  function editing() {
    var active = document.activeElement;
    if (!active || active === document.body) { return false; }
    var tag = active.tagName;
    return tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT" || active.isContentEditable;
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && editing()) { document.activeElement.blur(); return; }
    if (editing() || !document.hasFocus() || event.altKey) { return; }
    var approve = document.getElementById("approve-form");
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      if (approve) { event.preventDefault(); approve.submit(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var reject = document.getElementById("reject-form");
    var next = document.getElementById("next");
    if (event.key === "r" && reject) { event.preventDefault(); document.getElementById("reason").focus(); }
    else if (event.key === "n" && next) { event.preventDefault(); window.location = next.href; }
    else if (event.key === "j" || event.key === "k" || event.key === "Enter") { moveSelection(event); }
  });
  function moveSelection(event) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-href]"));
    if (!rows.length) { return; }
    var current = rows.findIndex(function (r) { return r.classList.contains("selected"); });
    if (event.key === "Enter") { if (current >= 0) { window.location = rows[current].dataset.href; } return; }
    event.preventDefault();
    var index = event.key === "j" ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
    rows.forEach(function (r) { r.classList.remove("selected"); r.removeAttribute("aria-selected"); });
    rows[index].classList.add("selected");
    rows[index].setAttribute("aria-selected", "true");
    rows[index].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("[data-href]");
    if (row && !event.target.closest("a")) { window.location = row.dataset.href; }
  });
  // Reject asks for confirmation before a draft is dropped for good.
  var rejectForm = document.getElementById("reject-form");
  if (rejectForm) {
    rejectForm.addEventListener("submit", function (event) {
      if (!window.confirm("Reject this draft? It will never be sent.")) { event.preventDefault(); }
    });
  }
  // The undo banner counts down, and goes once the reply is on its way.
  var banner = document.querySelector("form.undo[data-until]");
  if (banner) {
    var until = Number(banner.dataset.until);
    var countdown = banner.querySelector(".countdown");
    var tick = function () {
      var left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0) { banner.remove(); return; }
      countdown.textContent = String(left);
      window.setTimeout(tick, 250);
    };
    tick();
  }
})();
