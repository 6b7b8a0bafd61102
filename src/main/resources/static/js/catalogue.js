// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var REFOCUS = 'catalogue.refocus';
  var LAST_SEARCH = 'catalogue.lastSearch';
  var narrow = window.matchMedia('(max-width: 55.99rem)');

  function stored(key) {
    try { return sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function store(key, value) {
    try { sessionStorage.setItem(key, value); } catch (e) { /* no storage: nothing is remembered */ }
  }

  // Search addresses carry only what was chosen: no "q=" for an empty box, no "sort=" for the default order.
  document.querySelectorAll('form[method="get"]').forEach(function (form) {
    form.addEventListener('formdata', function (event) {
      var empty = [];
      event.formData.forEach(function (value, name) {
        if (value === '' && event.formData.getAll(name).every(function (each) { return each === ''; })) {
          empty.push(name);
        }
      });
      empty.forEach(function (name) { event.formData.delete(name); });
    });
  });

  // Filters apply as soon as they change, as the page says above them (without script, an "Apply" button does it).
  var autoSubmits = document.querySelectorAll('form .auto-submit');
  autoSubmits.forEach(function (control) {
    control.addEventListener('change', function () {
      var form = control.form;
      store(REFOCUS, JSON.stringify({ name: control.name, value: control.type === 'checkbox' ? control.value : null }));
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
  });

  // On a narrow screen the filters fold away behind a button, so that the results come first, also on the page that
  // a filter just loaded; a button at the end of the unfolded filters leads back to the results.
  var filters = document.querySelector('.filters');
  var toggle = document.querySelector('.filters-toggle');
  var done = document.querySelector('.filters-done');
  function setFolded(folded) {
    filters.classList.toggle('folded', folded);
    toggle.setAttribute('aria-expanded', folded ? 'false' : 'true');
    toggle.textContent = folded ? toggle.dataset.show : toggle.dataset.hide;
  }
  if (filters && toggle) {
    toggle.hidden = false;
    setFolded(narrow.matches);
    toggle.addEventListener('click', function () { setFolded(!filters.classList.contains('folded')); });
    if (done) {
      done.hidden = false;
      done.querySelector('button').addEventListener('click', function () {
        setFolded(true);
        toggle.focus();
        toggle.scrollIntoView({ block: 'start' });
      });
    }
  }

  // The page that a filter or the sort loaded gives the focus back to that control, so that keyboard and screen
  // reader users carry on from where they were instead of from the top of the page; where the filters are folded,
  // to the button that unfolds them, just above the results.
  try {
    var refocus = JSON.parse(stored(REFOCUS) || 'null');
    sessionStorage.removeItem(REFOCUS);
    if (refocus && filters && filters.classList.contains('folded')) {
      toggle.focus();
    }
    else if (refocus) {
      Array.prototype.some.call(autoSubmits, function (control) {
        if (control.name !== refocus.name || (refocus.value !== null && control.value !== refocus.value)) { return false; }
        control.focus();
        return true;
      });
    }
  } catch (e) { /* no storage, or not JSON: nothing to restore */ }

  // Back (or Forward) to a search page shows the filters of its address: a page restored from the browser's cache
  // still has the ticks made just before it was left, so every form goes back to what the page was sent with.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) { return; }
    document.querySelectorAll('form').forEach(function (form) { form.reset(); });
    if (filters && toggle) { setFolded(narrow.matches); }
  });

  // A practice's page leads back to the last search of this tab ("Back to the results"), not to all practices.
  if (document.querySelector('.search-page')) {
    store(LAST_SEARCH, location.pathname + location.search);
  }
  var back = document.querySelector('.back-to-results');
  var lastSearch = stored(LAST_SEARCH);
  if (back && lastSearch && lastSearch.indexOf('/practices') === 0) {
    back.href = lastSearch;
    back.textContent = back.dataset.resultsLabel;
  }

  // Printing shows the folded parts of a page (contacts, materials, repairs); the stylesheet does it where the
  // browser lets it, this where it does not.
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (details) {
      details.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (details) { details.open = false; });
    openedForPrint = [];
  });

  // A facet's own page: a box that narrows its long list of values as one types.
  var find = document.getElementById('facet-find');
  if (find) {
    var options = Array.prototype.slice.call(document.querySelectorAll('.facet-columns li'));
    var count = document.getElementById('facet-find-count');
    var fold = function (text) {
      return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    };
    // the list narrows as one types: Enter has nothing more to do (without the script, it reloads the page narrowed)
    find.form.addEventListener('submit', function (event) { event.preventDefault(); });
    find.addEventListener('input', function () {
      var wanted = fold(find.value.trim());
      var shown = 0;
      options.forEach(function (option) {
        // a value matches where one of its words starts with what was typed ("zam" finds Zambia, not Mozambique)
        var name = fold(option.querySelector('.facet-name').textContent);
        var match = name.indexOf(wanted) === 0 || name.indexOf(' ' + wanted) !== -1 || name.indexOf('(' + wanted) !== -1;
        option.hidden = !match;
        if (match) { shown++; }
      });
      // a group (a region's countries) with none of its values left goes too, heading and all
      document.querySelectorAll('.facet-page-form fieldset').forEach(function (group) {
        group.hidden = group.querySelector('li:not([hidden])') === null;
      });
      count.textContent = wanted ? count.dataset.template.replace('{0}', shown).replace('{1}', options.length) : '';
    });
  }

  // Autocomplete for every search box that names its suggestions' address: an ARIA combobox over /api/suggest.
  document.querySelectorAll('input[data-suggest-url]').forEach(function (input) {
    if (window.fetch) { combobox(input); }
  });

  function combobox(input) {
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('placeholder') || 'Suggestions');
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    var items = [];
    var active = -1;
    var pending = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (item, i) { item.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) { input.setAttribute('aria-activedescendant', items[index].id); }
    }

    function show(suggestions) {
      list.textContent = '';
      items = suggestions.map(function (suggestion, i) {
        var item = document.createElement('li');
        item.id = list.id + '-' + i;
        item.setAttribute('role', 'option');
        item.dataset.url = suggestion.url;
        var label = document.createElement('span');
        label.textContent = suggestion.label;
        var kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        // the kind in the page's language, from the search box's data-kind-* attributes
        kind.textContent = input.dataset['kind' + suggestion.kind.charAt(0).toUpperCase() + suggestion.kind.slice(1)]
          || suggestion.kind;
        item.appendChild(label);
        item.appendChild(kind);
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = suggestion.url;
        });
        list.appendChild(item);
        return item;
      });
      if (items.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    }

    input.addEventListener('input', function () {
      var typed = input.value.trim();
      if (typed.length < 2) { close(); return; }
      var request = ++pending;
      fetch(input.dataset.suggestUrl + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) { if (request === pending) { show(suggestions); } })
        .catch(close);
    });

    input.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].dataset.url;
      } else if (event.key === 'Escape') {
        close();
      }
    });

    input.addEventListener('blur', close);
  }
})();
