// The dataset's spatial extent on a Leaflet map; the list under it says the same in text.
(function () {
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') return;
  var data = JSON.parse(el.getAttribute('data-geojson'));
  var map = L.map(el, { scrollWheelZoom: false, worldCopyJump: true });
  L.tileLayer(el.getAttribute('data-tiles'), {
    maxZoom: 18, attribution: el.getAttribute('data-attribution')
  }).addTo(map);
  var layer = L.geoJSON(data, {
    style: { color: '#000091', weight: 2, fillOpacity: 0.15 },
    pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 6, color: '#000091' }); }
  }).addTo(map);
  var bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 8 }); else map.setView([46.5, 2.5], 5);
})();
