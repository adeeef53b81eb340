// Drawing a box on a Leaflet map, which has no drawing tool of its own: shift-drag anywhere, or
// the "draw a box" button then a plain drag. Calls onBox("W,S,E,N") when a box is drawn.
window.MoissonBoxDraw = (function () {
  'use strict';

  function clamp(v, lim) { return Math.max(-lim, Math.min(lim, v)); }

  function bboxOf(bounds) {
    var w = bounds.getWest(), e = bounds.getEast();
    if (e - w >= 360) { w = -180; e = 180; }
    w = ((w + 180) % 360 + 360) % 360 - 180;
    e = ((e + 180) % 360 + 360) % 360 - 180;
    if (bounds.getEast() === 180) e = 180;
    return [w, clamp(bounds.getSouth(), 90), e, clamp(bounds.getNorth(), 90)]
      .map(function (v) { return Math.round(v * 10000) / 10000; }).join(',');
  }

  function attach(map, onBox, labels) {
    map.boxZoom.disable();
    var drawing = false, start = null, rect = null, armed = false;
    var container = map.getContainer();

    var Control = L.Control.extend({
      options: {position: 'topleft'},
      onAdd: function () {
        var div = L.DomUtil.create('div', 'leaflet-bar boxdraw-control');
        var a = L.DomUtil.create('button', 'boxdraw-button', div);
        a.type = 'button';
        a.title = labels.draw;
        a.setAttribute('aria-pressed', 'false');
        a.innerHTML = '<span aria-hidden="true">▭</span><span class="fr-sr-only"></span>';
        a.lastChild.textContent = labels.draw;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.on(a, 'click', function () {
          armed = !armed;
          a.setAttribute('aria-pressed', String(armed));
          container.classList.toggle('boxdraw-armed', armed);
          if (armed) map.dragging.disable(); else map.dragging.enable();
        });
        return div;
      }
    });
    map.addControl(new Control());

    map.on('mousedown', function (e) {
      if (!(armed || (e.originalEvent && e.originalEvent.shiftKey))) return;
      drawing = true;
      start = e.latlng;
      map.dragging.disable();
      if (rect) map.removeLayer(rect);
      rect = L.rectangle(L.latLngBounds(start, start), {color: '#000091', weight: 2, dashArray: '4', fillOpacity: 0.08}).addTo(map);
    });
    map.on('mousemove', function (e) {
      if (drawing) rect.setBounds(L.latLngBounds(start, e.latlng));
    });
    function finish(e) {
      if (!drawing) return;
      drawing = false;
      if (!armed) map.dragging.enable();
      var b = L.latLngBounds(start, e.latlng || start);
      if (Math.abs(b.getEast() - b.getWest()) < 1e-6 || Math.abs(b.getNorth() - b.getSouth()) < 1e-6) {
        map.removeLayer(rect);
        rect = null;
        return;
      }
      rect.setBounds(b);
      onBox(bboxOf(b), rect);
    }
    map.on('mouseup', finish);
    return {bboxOf: bboxOf};
  }

  return {attach: attach, bboxOf: bboxOf};
})();
