// Refuses a file over the limit before it is sent, so that nobody waits for 50 MB to upload only
// to be told it is too large. The server checks again; this only saves the wait.
document.addEventListener('submit', function (event) {
  var input = event.target.querySelector('input[type=file][data-max-bytes]');
  if (!input || !input.files || !input.files[0]) {
    return;
  }
  if (input.files[0].size > Number(input.getAttribute('data-max-bytes'))) {
    event.preventDefault();
    var message = document.getElementById(input.getAttribute('data-message-id'));
    message.textContent = input.getAttribute('data-too-large');
    message.hidden = false;
    input.focus();
  }
}, true);
