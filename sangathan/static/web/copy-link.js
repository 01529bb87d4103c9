/* The press note's "Copy link" button (a file, not inline, so the Content-Security-Policy holds). */
document.querySelectorAll(".copy-link").forEach(function (b) {
  b.addEventListener("click", function () { navigator.clipboard && navigator.clipboard.writeText(b.dataset.url); b.textContent = "✓"; });
});
