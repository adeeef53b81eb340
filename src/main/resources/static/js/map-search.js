// The map search page: picking an area shows it on the map; drawing a box (shift-drag or the ▭
// button) makes it the area. "See results" submits the form, whose bbox field holds the area.
(function () {
  'use strict';
  var el = document.getElementById('search-map');
  if (!el || !window.L) return;
  var labels = JSON.parse(el.getAttribute('data-labels') || '{}');
  var select = document.getElementById('region');
  var status = document.getElementById('drawn-box');
  var map = L.map(el, {worldCopyJump: true}).setView([46.6, 2.4], 5);
  L.tileLayer(el.getAttribute('data-tiles'), {maxZoom: 18, attribution: '© OpenStreetMap'}).addTo(map);
  var shown = null;

  function show(bbox) {
    var b = bbox.split(',').map(Number);
    var e = b[2] < b[0] ? b[2] + 360 : b[2];
    var lb = L.latLngBounds([b[1], b[0]], [b[3], e]);
    if (shown) map.removeLayer(shown);
    shown = L.rectangle(lb, {color: '#000091', weight: 2, fillOpacity: 0.08}).addTo(map);
    map.fitBounds(lb, {padding: [20, 20]});
  }

  function choose(bbox, drawn) {
    var option = select.querySelector('option[data-drawn]');
    if (drawn) {
      if (!option) {
        option = document.createElement('option');
        option.setAttribute('data-drawn', '');
        select.appendChild(option);
      }
      option.value = bbox;
      option.textContent = (labels.draw || 'Box') + ' — ' + bbox;
    }
    select.value = bbox;
    if (status) status.textContent = bbox;
  }

  select.addEventListener('change', function () {
    if (select.value) { show(select.value); if (status) status.textContent = select.value; }
  });
  MoissonBoxDraw.attach(map, function (bbox, rect) {
    if (shown) map.removeLayer(shown);
    shown = rect;
    choose(bbox, true);
  }, {draw: labels.draw || 'Draw a box'});
})();
