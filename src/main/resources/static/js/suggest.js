// Autocompletion of the search box (ARIA 1.2 combobox with a listbox popup): from the second
// letter, debounced, suggestions from /api/v1/suggest grouped by kind. Without JavaScript the
// form simply submits the words.
(function () {
  'use strict';
  var KINDS = ['concepts', 'keywords', 'places', 'titles'];
  var MIN = 2, DELAY = 150;

  function target(kind, item) {
    if (kind === 'concepts') return '/search?concept=' + encodeURIComponent(item.uri);
    if (kind === 'keywords') return '/search?keyword=' + encodeURIComponent(item.value);
    if (kind === 'places') return '/search?q=' + encodeURIComponent('"' + item.value + '"');
    return '/datasets/' + encodeURIComponent(item.id);
  }

  function label(kind, item) {
    return kind === 'concepts' ? item.label : kind === 'titles' ? item.title : item.value;
  }

  function setup(form) {
    var input = form.querySelector('[role="combobox"]');
    var list = input && document.getElementById(input.getAttribute('aria-controls'));
    if (!list) return;
    var status = form.querySelector('.suggest-status');
    var lang = document.documentElement.lang || 'fr';
    var names = JSON.parse(form.getAttribute('data-suggest-labels') || '{}');
    var timer = null, seq = 0, options = [], active = -1;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(i) {
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({block: 'nearest'});
    }

    function go(option) {
      window.location.assign(option.getAttribute('data-href'));
    }

    function render(answer) {
      list.innerHTML = '';
      options = [];
      active = -1;
      var n = 0;
      KINDS.forEach(function (kind) {
        var items = answer[kind] || [];
        if (!items.length) return;
        var group = document.createElement('div');
        group.setAttribute('role', 'group');
        group.className = 'suggest-group suggest-' + kind;
        var head = document.createElement('div');
        head.id = input.id + '-g-' + kind;
        head.className = 'suggest-group-label';
        head.setAttribute('role', 'presentation');
        head.textContent = names[kind] || kind;
        group.setAttribute('aria-labelledby', head.id);
        group.appendChild(head);
        items.forEach(function (item) {
          var o = document.createElement('div');
          o.setAttribute('role', 'option');
          o.setAttribute('aria-selected', 'false');
          o.id = input.id + '-opt-' + (n++);
          o.className = 'suggest-option';
          o.setAttribute('data-kind', kind);
          o.setAttribute('data-href', target(kind, item));
          var text = document.createElement('span');
          text.textContent = label(kind, item);
          o.appendChild(text);
          if (item.count != null) {
            var c = document.createElement('span');
            c.className = 'count';
            c.textContent = item.count;
            o.appendChild(c);
          }
          o.addEventListener('mousedown', function (e) { e.preventDefault(); go(o); });
          group.appendChild(o);
          options.push(o);
        });
        list.appendChild(group);
      });
      if (!options.length) { close(); if (status) status.textContent = names.none || ''; return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (status) status.textContent = (names.count || '{0}').replace('{0}', options.length);
    }

    function fetchNow() {
      var q = input.value.trim();
      if (q.length < MIN) { close(); return; }
      var mine = ++seq;
      fetch('/api/v1/suggest?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(lang),
          {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (answer) { if (mine === seq && answer) render(answer); else if (mine === seq) close(); })
        .catch(function () { if (mine === seq) close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchNow, DELAY);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        if (list.hidden) { fetchNow(); return; }
        e.preventDefault();
        highlight(active + 1 < options.length ? active + 1 : 0);
      } else if (e.key === 'ArrowUp') {
        if (list.hidden) return;
        e.preventDefault();
        highlight(active > 0 ? active - 1 : options.length - 1);
      } else if (e.key === 'Enter') {
        // A highlighted suggestion is chosen; otherwise the words are searched as typed.
        if (!list.hidden && active >= 0) { e.preventDefault(); go(options[active]); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  function autosubmit() {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
  }

  document.querySelectorAll('form[data-suggest]').forEach(setup);
  autosubmit();
})();
