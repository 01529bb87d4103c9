/* Person picker: suggestions from the scoped people search; picking one links the row to that
   person, typing anything else makes it a new name. Works without JS too (the name is sent). */
(function () {
  "use strict";
  var timers = new WeakMap();
  function picker(el) { return el.closest("[data-picker]"); }
  document.addEventListener("input", function (ev) {
    var input = ev.target;
    if (!input.matches("[data-picker-name]")) return;
    var box = picker(input);
    box.querySelector("input[type=hidden]").value = "";  // typed: no longer the picked person
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () {
      var q = input.value.trim();
      var out = box.querySelector(".suggest");
      if (q.length < 2) { out.innerHTML = ""; return; }
      fetch(input.dataset.lookup + "?q=" + encodeURIComponent(q), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { if (input.value.trim() === q) out.innerHTML = html; });
    }, 250));
  });
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest("[data-pick-person]");
    if (!btn) return;
    var box = picker(btn);
    box.querySelector("input[type=hidden]").value = btn.dataset.pickPerson;
    box.querySelector("[data-picker-name]").value = btn.dataset.pickName;
    box.querySelector(".suggest").innerHTML = "";
  });
})();
