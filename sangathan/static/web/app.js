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

/* Unit picker: suggestions from units/lookup/ (scoped to the form's action); picking one puts its
   id in the hidden input. Typing clears the id, so the server resolves the text (code or exact
   name) or shows the candidates: the same path as without JS. */
(function () {
  "use strict";
  var timers = new WeakMap();
  function box(el) { return el.closest("[data-unit-picker]"); }
  function clearCandidates(b) {
    b.querySelectorAll("[data-unit-candidate]").forEach(function (r) { r.checked = false; });
  }
  document.addEventListener("input", function (ev) {
    var input = ev.target;
    if (!input.matches("[data-unit-text]")) return;
    var b = box(input);
    b.querySelector("[data-unit-id]").value = "";  // typed: no longer the picked unit
    b.querySelector("[data-unit-hint]").textContent = "";
    clearCandidates(b);
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () {
      var q = input.value.trim();
      var out = b.querySelector(".suggest");
      if (q.length < 2 && !/^\d+$/.test(q)) { out.innerHTML = ""; return; }
      fetch(input.dataset.lookup + "&q=" + encodeURIComponent(q), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { if (input.value.trim() === q) out.innerHTML = html; });
    }, 200));
  });
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest("[data-pick-unit]");
    if (!btn) return;
    var b = box(btn);
    b.querySelector("[data-unit-id]").value = btn.dataset.pickUnit;
    b.querySelector("[data-unit-text]").value = btn.dataset.pickName;
    b.querySelector("[data-unit-hint]").textContent = btn.dataset.pickHint;
    b.querySelector(".suggest").innerHTML = "";
    clearCandidates(b);
    b.querySelector("[data-unit-text]").focus();
  });
  document.addEventListener("keydown", function (ev) {
    // Down arrow from the text box moves into the suggestions; Escape closes them.
    var input = ev.target;
    if (!input.matches || !input.matches("[data-unit-text]")) return;
    var out = box(input).querySelector(".suggest");
    if (ev.key === "ArrowDown") {
      var first = out.querySelector("button");
      if (first) { ev.preventDefault(); first.focus(); }
    } else if (ev.key === "Escape") {
      out.innerHTML = "";
    }
  });
})();
