(function () {
  "use strict";
  var input = document.getElementById("search");
  var ops = Array.prototype.slice.call(document.querySelectorAll("article.op"));
  var links = Array.prototype.slice.call(document.querySelectorAll("#sidebar a[data-target]"));
  var text = {};
  ops.forEach(function (op) {
    text[op.id] = (op.getAttribute("data-op") + " " + (op.getAttribute("data-search") || "")).toLowerCase();
  });
  function filter() {
    var q = input.value.trim().toLowerCase();
    ops.forEach(function (op) {
      op.classList.toggle("hidden", q !== "" && text[op.id].indexOf(q) < 0);
    });
    links.forEach(function (a) {
      var t = text[a.getAttribute("data-target")] || "";
      a.parentNode.classList.toggle("hidden", q !== "" && t.indexOf(q) < 0);
    });
  }
  input.addEventListener("input", filter);
  document.body.setAttribute("data-operations", String(ops.length));
  document.body.setAttribute("data-ready", "true");
})();
