// Keyboard focus survives htmx swaps. When the element that had focus is swapped away (the Reset
// link, "every date", the upload form's button), focus goes to the swapped region's first heading,
// or to the region itself, instead of being dropped on <body> (a keyboard or screen reader user
// would start again from the top of the page). Elements with the same id are kept by htmx itself.
(function () {
  "use strict";
  var inside = null;        // the swap target that held focus when the request was sent

  document.addEventListener("htmx:beforeSwap", function (ev) {
    var target = ev.detail && ev.detail.target;
    inside = target && target.contains(document.activeElement) ? target.id : null;
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!inside) return;
    var id = inside;
    inside = null;
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    var region = document.getElementById(id);
    if (!region) return;
    var heading = region.querySelector("h1, h2, h3") || region;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
  });
})();
