// Draw every chart of the page from the JSON kept beside it (no network needed).
(function () {
  if (typeof Plotly === "undefined") { return; }
  document.querySelectorAll("div.bg-chart").forEach(function (el) {
    var spec = JSON.parse(document.getElementById(el.id + "-data").textContent);
    var config = Object.assign({responsive: true, displaylogo: false}, spec.config || {});
    Plotly.newPlot(el, spec.data || [], spec.layout || {}, config);
  });
})();
