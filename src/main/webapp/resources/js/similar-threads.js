// The new-thread page: threads like the title being typed are listed under the title field, in a
// polite live region, so that someone may find an answer before asking again. A failed or empty
// answer (search unavailable, nothing alike) shows nothing. Without this script the page works as
// before. Titles are put in as text, never as HTML.
(function () {
  'use strict';
  var region = document.getElementById('similar-threads');
  var input = document.getElementById('thread:title');
  if (!region || !input || !window.fetch || !window.AbortController) {
    return;
  }
  var timer = null;
  var pending = null;
  var asked = '';

  function clear() {
    region.textContent = '';
  }

  function show(threads) {
    clear();
    if (!threads || threads.length === 0) {
      return;
    }
    var heading = document.createElement('p');
    heading.className = 'similar-threads__heading';
    heading.textContent = region.getAttribute('data-heading');
    var list = document.createElement('ul');
    threads.forEach(function (t) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = region.getAttribute('data-base') + t.path;
      link.textContent = t.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    region.appendChild(heading);
    region.appendChild(list);
  }

  function ask() {
    var title = input.value.trim();
    if (title === asked) {
      return;
    }
    asked = title;
    if (pending) {
      pending.abort();
    }
    if (title.length < 4) {
      clear();
      return;
    }
    pending = new AbortController();
    fetch(region.getAttribute('data-source') + '?title=' + encodeURIComponent(title), {
      signal: pending.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(function (r) {
        return r.ok ? r.json() : { threads: [] };
      })
      .then(function (answer) {
        show(answer.threads);
      })
      .catch(function (e) {
        if (e.name !== 'AbortError') {
          clear();
        }
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 400);
  });
})();
