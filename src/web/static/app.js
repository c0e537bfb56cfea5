// Keyboard shortcuts for the daily round of approvals. The page works without them.
(function () {
  "use strict";
  function typing(event) {
    var tag = (event.target && event.target.tagName) || "";
    return tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT";
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event)) { event.target.blur(); return; }
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var approve = document.getElementById("approve-form");
    var reject = document.getElementById("reject-form");
    var next = document.getElementById("next");
    if (event.key === "a" && approve) { event.preventDefault(); approve.submit(); }
    else if (event.key === "r" && reject) { event.preventDefault(); document.getElementById("reason").focus(); }
    else if (event.key === "n" && next) { event.preventDefault(); window.location = next.href; }
    else if (event.key === "j" || event.key === "k" || event.key === "Enter") { moveSelection(event); }
  });
  function moveSelection(event) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-href]"));
    if (!rows.length) { return; }
    var current = rows.findIndex(function (r) { return r.classList.contains("selected"); });
    if (event.key === "Enter") { if (current >= 0) { window.location = rows[current].dataset.href; } return; }
    event.preventDefault();
    var index = event.key === "j" ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
    rows.forEach(function (r) { r.classList.remove("selected"); });
    rows[index].classList.add("selected");
    rows[index].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("tr[data-href]");
    if (row && !event.target.closest("a")) { window.location = row.dataset.href; }
  });
  // Reject asks for confirmation before a draft is dropped for good.
  var rejectForm = document.getElementById("reject-form");
  if (rejectForm) {
    rejectForm.addEventListener("submit", function (event) {
      if (!window.confirm("Reject this draft? It will never be sent.")) { event.preventDefault(); }
    });
  }
})();
