/* Mobilisation pages: copy buttons, check-in without a page reload (retried on a slow or lost
   connection; the server marks a person once however often a request arrives), and the sending
   progress bar. No inline scripts: the pages work without this file too (plain forms). */
(function () {
  "use strict";

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest("[data-copy]");
    if (!btn) return;
    var text = btn.getAttribute("data-copy");
    function done() { btn.classList.add("ok"); }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else { fallback(text); done(); }
  });
  function fallback(text) {
    var t = document.createElement("textarea");
    t.value = text; t.setAttribute("readonly", ""); t.style.position = "absolute"; t.style.left = "-9999px";
    document.body.appendChild(t); t.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(t);
  }

  function label(name) {
    var el = document.querySelector("[data-" + name + "-label]");
    return el ? el.textContent : "";
  }

  function mark(form, attempt) {
    var li = form.closest("li");
    var btn = form.querySelector("button");
    btn.disabled = true;
    fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                        headers: {"Accept": "application/json"}})
      .then(function (r) { if (!r.ok && r.status >= 500) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        if (!data.ok) { btn.disabled = false; btn.title = data.error || ""; return; }
        li.setAttribute("data-present", "");
        var chip = document.createElement("span");
        chip.className = "chip"; chip.setAttribute("data-attended", ""); chip.textContent = label("present");
        form.replaceWith(chip);
        var count = document.querySelector("[data-attended-count]");
        if (count && data.marked) count.textContent = String(parseInt(count.textContent, 10) + 1);
      })
      .catch(function () {
        btn.textContent = label("retry");
        var wait = Math.min(30000, 1000 * Math.pow(2, attempt));
        setTimeout(function () { mark(form, attempt + 1); }, wait);
      });
  }
  document.addEventListener("submit", function (ev) {
    var form = ev.target.closest("[data-checkin-form]");
    if (!form || !window.fetch) return;
    ev.preventDefault();
    mark(form, 0);
  });

  var box = document.querySelector("[data-batch]");
  if (box && (box.dataset.state === "queued" || box.dataset.state === "running")) {
    var timer = setInterval(function () {
      fetch(box.dataset.batch, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (b) {
        var bar = box.querySelector("[data-progress]");
        bar.max = b.total; bar.value = b.done;
        ["done", "emailed", "texted", "by_hand", "opted_out"].forEach(function (k) {
          var el = box.querySelector("[data-batch-" + k + "]");
          if (el) el.textContent = String(b[k]);
        });
        if (b.state === "done" || b.state === "failed") { clearInterval(timer); window.location.reload(); }
      }).catch(function () { /* a slow connection: the next tick tries again */ });
    }, 2000);
  }
})();
