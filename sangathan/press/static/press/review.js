// Review screen of a pasted report: marks in the source text lead to the person's row, and text
// selected in the source fills the next empty "missed person" row (no inline script: CSP).
(function () {
  var source = document.getElementById("source-text");
  if (!source) { return; }
  source.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark[data-person]");
    if (!mark) { return; }
    var row = document.getElementById("person-" + mark.dataset.person);
    if (row) {
      row.scrollIntoView({block: "center"});
      var input = row.querySelector("input[name$='-name']");
      if (input) { input.focus(); }
    }
  });
  var button = document.getElementById("add-selected");
  if (!button) { return; }
  button.addEventListener("click", function () {
    var text = String(window.getSelection ? window.getSelection() : "").trim();
    if (!text) { return; }
    var empty = Array.prototype.find.call(document.querySelectorAll(".blank-person input[name$='-name']"),
                                          function (i) { return !i.value; });
    if (empty) { empty.value = text; empty.focus(); }
  });
}());
