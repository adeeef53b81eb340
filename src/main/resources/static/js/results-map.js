// The results page's map: the footprints of the hits on this page, the current box, and two ways to
// filter by area: "search in this area" (the map's view) and drawing a box. Both change only the
// bbox parameter of the current URL, so the whole search stays in the address.
(function () {
  'use strict';
  var el = document.getElementById('results-map');
  if (!el || !window.L) return;
  var labels = JSON.parse(el.getAttribute('data-labels') || '{}');
  var map = L.map(el, {scrollWheelZoom: false, worldCopyJump: true});
  L.tileLayer(el.getAttribute('data-tiles'), {maxZoom: 18, attribution: '© OpenStreetMap'}).addTo(map);

  function searchWith(bbox) {
    var url = new URL(window.location.href);
    url.searchParams.set('bbox', bbox);
    url.searchParams.delete('page');
    window.location.assign(url.pathname + url.search);
  }

  function bounds(b) {
    var w = b[0], s = b[1], e = b[2], n = b[3];
    if (e < w) e += 360; // crosses the antimeridian
    return L.latLngBounds([s, w], [n, e]);
  }

  var all = null;
  JSON.parse(el.getAttribute('data-footprints') || '[]').forEach(function (hit) {
    hit.boxes.forEach(function (b) {
      var lb = bounds(b), layer;
      if (b[0] === b[2] && b[1] === b[3]) {
        layer = L.circleMarker([b[1], b[0]], {radius: 6, color: '#000091', weight: 2, fillOpacity: 0.4});
      } else {
        layer = L.rectangle(lb, {color: '#000091', weight: 1, fillOpacity: 0.1});
      }
      layer.bindTooltip(hit.title);
      layer.on('click', function () { window.location.assign('/datasets/' + encodeURIComponent(hit.id)); });
      layer.addTo(map);
      all = all ? all.extend(lb) : L.latLngBounds(lb.getSouthWest(), lb.getNorthEast());
    });
  });

  var current = el.getAttribute('data-bbox');
  if (current) {
    var cb = bounds(current.split(',').map(Number));
    L.rectangle(cb, {color: '#ce0500', weight: 2, dashArray: '6', fill: false, interactive: false}).addTo(map);
    map.fitBounds(cb, {padding: [10, 10]});
  } else if (all) {
    map.fitBounds(all, {padding: [10, 10], maxZoom: 8});
  } else {
    map.setView([46.6, 2.4], 5);
  }

  var button = document.getElementById('search-area');
  var hint = document.querySelector('.map-hint');
  if (hint) hint.hidden = false;
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { searchWith(MoissonBoxDraw.bboxOf(map.getBounds())); });
  }
  MoissonBoxDraw.attach(map, function (bbox) { searchWith(bbox); }, {draw: labels.draw || 'Draw a box'});
})();
