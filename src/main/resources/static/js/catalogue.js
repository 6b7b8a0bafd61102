// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Filters apply as soon as they change, as the page says above them (without script, an "Apply" button does it).
  var autoSubmits = document.querySelectorAll('form .auto-submit');
  var REFOCUS = 'catalogue.refocus';
  autoSubmits.forEach(function (control) {
    control.addEventListener('change', function () {
      var form = control.form;
      try {
        sessionStorage.setItem(REFOCUS, JSON.stringify({ name: control.name, value: control.type === 'checkbox' ? control.value : null }));
      } catch (e) { /* no storage: the focus starts at the top of the new page */ }
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
  });

  // On a narrow screen the filters fold away behind a button, so that the results come first; a page that a filter
  // just reloaded keeps them open, since the focus goes back to that filter.
  var filters = document.querySelector('.filters');
  var toggle = document.querySelector('.filters-toggle');
  var refocusing = false;
  try { refocusing = sessionStorage.getItem(REFOCUS) !== null; } catch (e) { /* no storage */ }
  if (filters && toggle) {
    var setFolded = function (folded) {
      filters.classList.toggle('folded', folded);
      toggle.setAttribute('aria-expanded', folded ? 'false' : 'true');
      toggle.textContent = folded ? toggle.dataset.show : toggle.dataset.hide;
    };
    toggle.hidden = false;
    setFolded(!refocusing && window.matchMedia('(max-width: 55.99rem)').matches);
    toggle.addEventListener('click', function () { setFolded(!filters.classList.contains('folded')); });
  }

  // The page that a filter or the sort loaded gives the focus back to that control, so that keyboard and screen
  // reader users carry on from where they were instead of from the top of the page.
  try {
    var refocus = JSON.parse(sessionStorage.getItem(REFOCUS) || 'null');
    sessionStorage.removeItem(REFOCUS);
    if (refocus) {
      Array.prototype.some.call(autoSubmits, function (control) {
        if (control.name !== refocus.name || (refocus.value !== null && control.value !== refocus.value)) { return false; }
        control.focus();
        return true;
      });
    }
  } catch (e) { /* no storage, or not JSON: nothing to restore */ }

  // Autocomplete for the search box: an ARIA combobox over /api/suggest.
  var input = document.getElementById('q');
  if (!input || !input.dataset.suggestUrl || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.id = 'q-suggestions';
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
      item.id = 'q-suggestion-' + i;
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
})();
