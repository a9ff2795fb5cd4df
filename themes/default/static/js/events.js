// A static page knows "now" only as of its build. This marks the events that have ended by the
// reader's clock (data-event-ends holds the instant), shows "this event is over" and hides the
// registration button. Without script the page is still right as of the build.
(function () {
  var now = Date.now();
  document.querySelectorAll("[data-event-ends]").forEach(function (event) {
    if (Date.parse(event.getAttribute("data-event-ends")) > now) return;
    event.classList.add("is-past");
    event.querySelectorAll(".event-past-note, .event-past-badge").forEach(function (note) { note.hidden = false; });
    event.querySelectorAll(".event-register").forEach(function (button) { button.hidden = true; });
  });
})();
