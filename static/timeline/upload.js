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
    if (event.target !== area()) return;
    try {
      sessionStorage.setItem(KEY, event.target.value);
    } catch (error) {   // (more than the tab keeps: no older paste comes back in its place after a reload)
      sessionStorage.removeItem(KEY);
    }
  });

  // More files than one upload takes, or a file larger than it takes: said as they are chosen, before
  // anything is sent (the server would refuse them all, or the large file only once it had come)
  function human(size) {    // as documents.human_size says it
    return size >= 1048576 ? (size / 1048576).toFixed(1) + " MB" : size >= 1024 ? (size / 1024).toFixed(1) + " KB" :
      size + " bytes";
  }

  function refusal(input) {
    var most = Number(input.dataset.maxFiles), largest = Number(input.dataset.maxBytes);
    var files = Array.prototype.slice.call(input.files || []);
    if (most && files.length > most) {
      return "Choose at most " + most + " files at once (you chose " + files.length +
             "): upload the others in another batch.";
    }
    var large = files.filter(function (f) { return largest && f.size > largest; });
    if (!large.length) return "";
    var named = large.map(function (f) { return f.name + " (" + human(f.size) + ")"; }).join(", ");
    return (large.length > 1 ? "These files are" : "This file is") + " larger than the " + human(largest) +
           " a file may be: " + named + ". Choose " + (files.length > large.length ? "the others only" : "smaller files") +
           ", or paste the article's text.";
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-files]")) return;
    var message = refusal(input), field = input.closest(".field") || input.parentNode;
    var note = field.querySelector(".chosen-error");
    input.setCustomValidity(message);
    if (!message) {
      if (note) note.remove();
      return;
    }
    if (!note) {
      note = document.createElement("div");
      note.className = "field-errors chosen-error";
      note.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", note);
    }
    note.textContent = message;
    input.reportValidity();
  });

  // An upload or a retry the server answered with no page to show (a text too large for it, a proxy's
  // limit, a server error, a server stopped or too slow to answer): htmx swaps nothing then, and the
  // page said nothing at all. Say by the form what happened, whether anything may be stored, and what
  // to do; what was typed and chosen stays in the form.
  function said(form, message) {
    var box = form.querySelector(".request-error");
    if (!box) {
      box = document.createElement("div");
      box.className = "form-errors request-error";
      box.setAttribute("role", "alert");
      var actions = form.querySelector(".actions");
      form.insertBefore(box, actions || null);
    }
    box.textContent = message;
  }

  // the reason one of the site's error pages gives (400, 403), as text: parsed, never run or inserted
  function reasonIn(html) {
    var doc = new DOMParser().parseFromString(html || "", "text/html");
    var reason = doc.querySelector(".not-found p");
    return reason ? reason.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function kept(form) {
    var text = form.querySelector("textarea"), files = form.querySelector("input[type=file]");
    var pasted = text && text.value.trim(), chosen = files && files.files && files.files.length;
    if (!pasted && !chosen) return "";
    return " " + (pasted && chosen ? "The text pasted and the files chosen are" : pasted ? "The text pasted is" :
                  "The files chosen are") + " still in the form.";
  }

  // An article's turn in an upload of several that the server did not answer: the turns stop there
  // (the next is asked for by this one's answer). Said in its place; the articles are stored, and
  // those not extracted are offered to be run a few minutes later, as after any upload that stopped.
  function turnUnanswered(turn, status) {
    turn.textContent = "The server stopped or took too long before extracting this article" +
      (status ? " (error " + status + ")" : "") + ": every article of the upload is stored, and those after it " +
      "were not extracted. Reload the page in a few minutes: each article not extracted is listed with a " +
      "button to run extraction.";
    turn.className = "error turn";
    turn.setAttribute("role", "alert");
  }

  function unanswered(event) {
    var elt = event.detail.elt, xhr = event.detail.xhr;
    var status = event.type === "htmx:sendError" ? 0 : (xhr ? xhr.status : 0);
    if (elt && elt.matches && elt.matches(".turn")) return turnUnanswered(elt, status);
    var form = elt && elt.closest && elt.closest("form");
    if (!form) return;      // (a result polled while another request extracts it: it asks again)
    var message;
    if (status === 413) {
      message = "The upload is larger than the web server takes in one request (413): nothing was stored. " +
                "Send fewer or smaller files at once.";
    } else if (status >= 400 && status < 500) {
      message = reasonIn(xhr.responseText) || ("The server refused the request (" + status + "): nothing was stored.");
    } else {
      message = "The server stopped or took too long before answering" + (status ? " (error " + status + ")" : "") +
                ": what it stored is kept. Reload the page to see it under Recent articles, each article being " +
                "extracted or with a button to run extraction; an article sent again is recognised, not stored twice.";
    }
    said(form, message + kept(form));
  }
  document.body.addEventListener("htmx:responseError", unanswered);
  document.body.addEventListener("htmx:sendError", unanswered);
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
    var box = form && form.querySelector(".request-error");
    if (box) box.remove();
  });

  // An article's result answered for every copy of it on the page (a retry, an article's turn): what the
  // upload said of it stays in the upload's copy (hx-preserve keeps its notes, found by their id); a copy
  // in the lists below takes an empty place for them, else the notes would move to the last copy swapped
  document.body.addEventListener("htmx:oobBeforeSwap", function (event) {
    var target = event.detail.target, fragment = event.detail.fragment;
    if (!fragment || !target || (target.closest && target.closest("#upload-panel"))) return;
    fragment.querySelectorAll(".upload-notes[hx-preserve]").forEach(function (notes) {
      notes.removeAttribute("hx-preserve");
      notes.removeAttribute("id");
    });
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
