// The search page without reloads. Every state is an address: a change of a filter or the order,
// a chip, a page link or a suggestion fetches that address, replaces the results, and pushes it
// to the history, so the back button and shared links work. The number of hits is announced to
// screen readers. Without this script the page works as plain GET forms and links.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var live = document.getElementById('search-live');
  var status = document.getElementById('search-status');
  var input = document.getElementById('q');
  if (!form || !live || !window.fetch || !window.history.pushState) {
    return;
  }

  function addressOf(formElement) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(formElement.elements, function (el) {
      if (!el.name || el.disabled) {
        return;
      }
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
        return;
      }
      if (el.value === '' || (el.name === 'sort' && el.value === 'relevance')) {
        return;
      }
      // "Exactly as typed" belongs to the text it was asked for, not to a new one.
      if (el.name === 'exact' && el.getAttribute('data-text') !== input.value.trim()) {
        return;
      }
      params.append(el.name, el.value);
    });
    var query = params.toString();
    return form.action + (query ? '?' + query : '');
  }

  var pending = null;

  // The "more" lists of the facets that are open, by the facet's name, so a change keeps them open.
  function openLists() {
    var open = {};
    Array.prototype.forEach.call(live.querySelectorAll('details.facet-more[open]'), function (d) {
      var box = d.querySelector('input[name]');
      if (box) {
        open[box.name] = true;
      }
    });
    return open;
  }

  function reopen(open) {
    Array.prototype.forEach.call(live.querySelectorAll('details.facet-more'), function (d) {
      var box = d.querySelector('input[name]');
      if (box && open[box.name]) {
        d.open = true;
      }
    });
  }

  function show(url, push) {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    live.setAttribute('aria-busy', 'true');
    fetch(url, { signal: pending.signal, headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.getElementById('search-live');
        if (!fresh) {
          throw new Error('no results in the answer');
        }
        // Where the focus is now, not where it was when the request left.
        var inLive = document.activeElement && live.contains(document.activeElement);
        var focusedId = inLive ? document.activeElement.id : null;
        var open = openLists();
        live.innerHTML = fresh.innerHTML;
        reopen(open);
        // The language links name this address; the ones of the first load would undo the change.
        var languages = document.querySelector('nav.language-switch');
        var freshLanguages = page.querySelector('nav.language-switch');
        if (languages && freshLanguages) {
          languages.innerHTML = freshLanguages.innerHTML;
        }
        live.removeAttribute('aria-busy');
        document.title = page.title;
        var freshInput = page.getElementById('q');
        if (freshInput && input) {
          input.value = freshInput.value;
        }
        if (push) {
          history.pushState({ search: true }, '', url);
        }
        var heading = document.getElementById('results-heading');
        // The count is said once, after the change, whatever has the focus.
        // A corrected search says so with the count: the results are not those of the text typed.
        var correction = document.getElementById('search-correction');
        status.textContent = (heading ? heading.textContent.trim() : '') +
          (correction ? '. ' + correction.textContent.replace(/\s+/g, ' ').trim() : '');
        // Focus stays on the box that was ticked; a removed chip or a new page starts at the count.
        // Focus outside the results (the search box) stays where it is.
        if (inLive) {
          var again = focusedId && document.getElementById(focusedId);
          if (again) {
            var folded = again.closest('details');
            if (folded) {
              folded.open = true;
            }
            again.focus();
          } else if (heading) {
            heading.focus();
          }
        }
      })
      .catch(function (error) {
        if (error.name !== 'AbortError') {
          // Whatever went wrong, the plain page load still works.
          window.location.assign(url);
        }
      });
  }

  live.addEventListener('change', function (event) {
    var el = event.target;
    if (el.form === form && (el.type === 'checkbox' || el.tagName === 'SELECT')) {
      show(addressOf(form), true);
    }
  });

  live.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-search-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    show(link.href, true);
  });

  form.addEventListener('submit', function (event) {
    if (suggest.active()) {
      event.preventDefault();
      suggest.choose();
      return;
    }
    event.preventDefault();
    suggest.close();
    show(addressOf(form), true);
  });

  window.addEventListener('popstate', function (event) {
    // Only the entries this page made: a skip link's #main is not a new search.
    if (event.state && event.state.search) {
      show(window.location.href, false);
    }
  });
  history.replaceState({ search: true }, '', window.location.href);

  // Suggestions while typing: a combobox with a list box (WAI-ARIA 1.2 pattern).
  var suggest = (function () {
    var list = document.getElementById('q-suggestions');
    var count = document.getElementById('q-suggest-status');
    var titles = {};
    Array.prototype.forEach.call(document.querySelectorAll('#facet-titles li'), function (li) {
      titles[li.getAttribute('data-facet')] = li.textContent;
    });
    var options = [];
    var current = -1;
    var timer = null;
    var asking = null;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      options = [];
      current = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function mark(index) {
      options.forEach(function (o, i) {
        o.element.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      current = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].element.id);
        options[index].element.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function add(kind, text, go) {
      var li = document.createElement('li');
      li.id = 'q-suggestion-' + options.length;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'combobox__option';
      var label = document.createElement('span');
      label.textContent = text;
      var what = document.createElement('span');
      what.className = 'combobox__kind';
      what.textContent = kind;
      li.appendChild(label);
      li.appendChild(what);
      li.addEventListener('mousedown', function (event) {
        event.preventDefault();
        go();
      });
      list.appendChild(li);
      options.push({ element: li, go: go });
    }

    function render(data) {
      close();
      data.practices.forEach(function (p) {
        add(p.kindLabel || input.getAttribute('data-kind-practice'), p.title, function () {
          window.location.assign(input.getAttribute('data-root-url') + p.path);
        });
      });
      data.terms.forEach(function (t) {
        add(titles[t.facet] || t.facet, t.label, function () {
          // A term becomes a filter; the typed letters were only the way to find it.
          close();
          input.value = '';
          var params = new URLSearchParams(addressOf(form).split('?')[1] || '');
          params.delete('q');
          params.delete('page');
          params.append(t.facet, t.code);
          show(form.action + '?' + params.toString(), true);
        });
      });
      count.textContent = input.getAttribute('data-count-template').replace('{0}', options.length);
      if (options.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      timer = setTimeout(function () {
        if (asking) {
          asking.abort();
        }
        asking = new AbortController();
        fetch(input.getAttribute('data-suggest-url') + '&q=' + encodeURIComponent(text),
          { headers: { 'Accept': 'application/json' }, signal: asking.signal })
          .then(function (r) { return r.ok ? r.json() : { practices: [], terms: [] }; })
          .then(function (data) {
            // Only the answer to what the box still says, and only while the box has the focus.
            if (text === input.value.trim() && document.activeElement === input) {
              render(data);
            }
          })
          .catch(function (error) {
            if (error.name !== 'AbortError') {
              close();
            }
          });
      }, 150);
    });

    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        mark((current + 1) % options.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        mark(current <= 0 ? options.length - 1 : current - 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(function () {
        if (document.activeElement !== input) {
          close();
        }
      }, 150);
    });

    return {
      active: function () { return current >= 0 && !list.hidden; },
      choose: function () { options[current].go(); },
      close: close
    };
  })();
})();
