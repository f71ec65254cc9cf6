// Asks before a destructive action: any button or link with data-confirm shows its text in a
// confirmation dialogue, and a "no" stops the click. One listener for every page, so that pages
// need no inline handlers (a strict Content-Security-Policy forbids them).
document.addEventListener('click', function (event) {
  var target = event.target.closest ? event.target.closest('[data-confirm]') : null;
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
