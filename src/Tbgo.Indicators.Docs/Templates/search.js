// Client-side filter of the index: rows of the first table after the form, in the order of the inline JSON list.
// Runs once the page is parsed: the table comes after this script.
document.addEventListener('DOMContentLoaded', function () {
  var data = JSON.parse(document.getElementById('tbgo-data').textContent);
  var form = document.getElementById('tbgo-filter');
  var table = form.nextElementSibling;
  while (table && table.tagName !== 'TABLE') { table = table.nextElementSibling; }
  var rows = table ? table.tBodies[0].rows : [];
  var keys = ['pillar', 'theme', 'phase', 'scale'];
  keys.forEach(function (k) {
    var select = document.getElementById('f-' + k);
    data.options[k].forEach(function (o) {
      var option = document.createElement('option');
      option.value = o[0];
      option.textContent = o[1];
      select.appendChild(option);
    });
    select.addEventListener('change', apply);
  });
  document.getElementById('f-q').addEventListener('input', apply);
  function apply() {
    var q = document.getElementById('f-q').value.trim().toLowerCase();
    var f = {};
    keys.forEach(function (k) { f[k] = document.getElementById('f-' + k).value; });
    var shown = 0;
    data.indicators.forEach(function (ind, i) {
      var ok = (!q || ind.text.indexOf(q) >= 0)
        && (!f.pillar || ind.pillar === f.pillar)
        && (!f.theme || ind.theme === f.theme)
        && (!f.phase || ind.phases.indexOf(f.phase) >= 0)
        && (!f.scale || ind.scales.indexOf(f.scale) >= 0);
      if (rows[i]) { rows[i].hidden = !ok; }
      if (ok) { shown++; }
    });
    document.getElementById('f-count').textContent = shown + ' / ' + data.indicators.length + ' ' + data.shown;
  }
  var params = new URLSearchParams(window.location.search);
  keys.concat(['q']).forEach(function (k) {
    if (params.has(k)) { document.getElementById('f-' + k).value = params.get(k); }
  });
  apply();
});
