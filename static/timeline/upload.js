// The pasted text is kept in the tab's sessionStorage until an upload stores it, so that it is not
// lost when the session has expired (the login page comes in between) or the page is reloaded.
(function () {
  "use strict";
  var KEY = "newsline:pasted";

  function area() { return document.getElementById("id_text"); }

  function restore() {
    var el = area(), kept = sessionStorage.getItem(KEY);
    if (!el || el.value || !kept) return;
    el.value = kept;
    var note = document.createElement("p");
    note.className = "note restored";
    note.textContent = "The text you pasted before is back: it was not uploaded yet.";
    el.insertAdjacentElement("afterend", note);
  }

  document.addEventListener("input", function (event) {
    if (event.target === area()) sessionStorage.setItem(KEY, event.target.value);
  });

  // More files than one upload takes: said before anything is sent (the server would refuse them all)
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-files]")) return;
    var most = Number(input.dataset.maxFiles), chosen = input.files ? input.files.length : 0;
    input.setCustomValidity(chosen > most ? "Choose at most " + most + " files at once (you chose " + chosen +
                                            "): upload the others in another batch." : "");
    if (chosen > most) input.reportValidity();
  });
  // an answer listing what was stored: the text is in the database now
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var results = document.getElementById("upload-results");
    if (results) sessionStorage.removeItem(KEY);
    restore();
    // the answer to an upload is under the fresh form: take the reader there
    if (results && event.detail.target && event.detail.target.id === "upload-panel") {
      results.focus({preventScroll: true});
      results.scrollIntoView({block: "start"});
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector("#upload-panel .results")) sessionStorage.removeItem(KEY);
    restore();
  });
})();
