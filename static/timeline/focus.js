// Keyboard focus survives htmx swaps. When the element that had focus is swapped away (the Reset
// link, "every date", the upload form's button), focus goes to the swapped region's first heading,
// or to the region itself, instead of being dropped on <body> (a keyboard or screen reader user
// would start again from the top of the page). Elements with the same id are kept by htmx itself.
// A focused element without an id that replaces itself with what it loads (the list's "More
// events…", reached with Tab or Shift+Tab) hands the focus to the first thing it brought.
(function () {
  "use strict";
  var inside = null;        // the swap target that held focus when the request was sent
  var after = null;         // ... one without an id swapped outerHTML: where its content goes

  document.addEventListener("htmx:beforeSwap", function (ev) {
    var target = ev.detail && ev.detail.target;
    var holds = target && target.contains(document.activeElement);
    inside = holds ? target.id : null;
    after = holds && !target.id && target.parentNode
      ? { parent: target.parentNode, before: target.previousElementSibling } : null;
  });

  function firstFocusable(el) {
    if (el.matches("a[href], button, input, select, textarea, summary, [tabindex]")) return el;
    return el.querySelector("a[href], button, input, select, textarea, summary, [tabindex]");
  }

  document.addEventListener("htmx:afterSettle", function () {
    var active = document.activeElement;
    var lost = !active || active === document.body || !document.contains(active);
    if (after) {
      var place = after;
      after = null;
      var first = place.before ? place.before.nextElementSibling : place.parent.firstElementChild;
      var target = lost && first && document.contains(first) && firstFocusable(first);
      if (target) target.focus();
      return;
    }
    if (!inside) return;
    var id = inside;
    inside = null;
    if (!lost) return;
    var region = document.getElementById(id);
    if (!region) return;
    var heading = region.querySelector("h1, h2, h3") || region;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
  });
})();
