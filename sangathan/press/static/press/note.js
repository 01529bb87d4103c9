// Press note page: the "copy link" buttons (no inline script: the page runs under a CSP).
document.querySelectorAll(".copy-link").forEach(function (b) {
  b.addEventListener("click", function () {
    if (navigator.clipboard) { navigator.clipboard.writeText(b.dataset.url); }
    b.textContent = "✓";
  });
});
