// linimasa web UI: small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  var ZOOMS = ["year", "month", "day"];

  function zoomBy(step) {
    var active = document.querySelector(".zoom a.active");
    if (!active) return;
    var i = ZOOMS.indexOf(active.getAttribute("data-zoom")) + step;
    if (i < 0 || i >= ZOOMS.length) return;
    var next = document.querySelector('.zoom a[data-zoom="' + ZOOMS[i] + '"]');
    if (next) window.location.href = next.href;
  }

  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    if (ev.key === "+" || ev.key === "=") zoomBy(1);
    if (ev.key === "-" || ev.key === "_") zoomBy(-1);
  });

  // Annotation layers on the article page: toggling hides a highlight class.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-layer]"), function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });

  // Bring the first cited sentence of each source into view inside its scroll box.
  Array.prototype.forEach.call(document.querySelectorAll(".source .article-text"), function (box) {
    var mark = box.querySelector("mark.cite");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  });
  var hl = document.getElementById("hl");
  if (hl && window.location.hash === "#hl") hl.scrollIntoView({ block: "center" });

  // Empty filter inputs are dropped so URLs stay short and shareable.
  var form = document.getElementById("filters");
  if (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.querySelectorAll("input, select"), function (el) {
        if (!el.value) el.disabled = true;
      });
    });
  }
})();
