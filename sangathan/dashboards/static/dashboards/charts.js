// Draw every chart spec on the page with the bundled plotly.js (no CDN).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-chart]").forEach(function (div) {
    var spec = JSON.parse(document.getElementById(div.dataset.chart).textContent);
    Plotly.newPlot(div, spec.data, spec.layout, {displaylogo: false, responsive: true});
  });
});
