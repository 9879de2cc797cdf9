// The timeline chart: draws the figure the server builds, loads an event's detail on click,
// and narrows the list to the range visible after a zoom or pan. No framework: plotly.js
// and htmx, both served from our own static files.
(function () {
  "use strict";
  document.documentElement.classList.add("js");  // narrow screens fold the filters (site.css)

  var config = {
    responsive: true, displaylogo: false, scrollZoom: false,
    // (and "Share chart", which uploads the figure to Plotly's cloud: nothing leaves this site)
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "sendChartToCloud"],
    showSendToCloud: false, showEditInChartStudio: false, showLink: false,
    toImageButtonOptions: { format: "png", filename: "newsline-timeline", scale: 2 }
  };
  var meta = {};          // what the server said about the figure drawn (aggregated, restricted)
  var quiet = false;      // true while we redraw ourselves, so relayout events are ours
  var timer = null;

  function chartEl() { return document.getElementById("chart"); }
  function form() { return document.getElementById("filters"); }

  function params() {
    var data = new FormData(form());
    var out = new URLSearchParams();
    data.forEach(function (value, key) { if (value !== "") out.append(key, value); });
    // the defaults stay out of the URL, as the server writes it: every status, lanes per actor, each event once
    if (out.getAll("status").length === form().querySelectorAll("input[name=status]").length) out.delete("status");
    if (out.get("lanes") === "actor") out.delete("lanes");
    if (out.get("reports") === "once") out.delete("reports");
    return out;
  }

  function withParams(url, p) {
    var base = url.split("?")[0];
    var q = p.toString();
    return q ? base + "?" + q : base;
  }

  // On a narrow screen the lane labels are shortened (the server sends both sets, escaped).
  var NARROW = 600;
  function narrow(el) { return el.clientWidth > 0 && el.clientWidth < NARROW; }
  function fitLanes(el, layout) {
    var short = narrow(el) && meta.short_lanes;
    layout.yaxis.ticktext = short ? meta.short_lanes : meta.long_lanes;
    layout.yaxis.tickfont = { size: short ? 11 : 12 };
    el.dataset.lanes = short ? "short" : "long";
  }
  // ... and every label carries the full name as a tooltip (an SVG <title>, set as text).
  function titleLanes(el) {
    var names = meta.lanes || [];
    el.querySelectorAll(".yaxislayer-above .ytick text").forEach(function (t) {
      var i = t.__data__ && t.__data__.x;
      if (typeof i !== "number" || names[i] === undefined) return;
      var title = t.querySelector("title") || t.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title"));
      title.textContent = names[i];
    });
  }

  // The range buttons (1m, 6m, 1y, all) are SVG that Plotly listens to for clicks only: they are
  // made buttons a keyboard reaches and presses (Enter or Space), and say what they do on hover too
  var RANGE_NAMES = { "1m": "Show the last month of these events", "6m": "Show the last six months of these events",
                      "1y": "Show the last year of these events", "all": "Show every date" };
  function buttonLabel(b) {     // (its text, not its tooltip's)
    var text = b.querySelector("text");
    return ((text || b).textContent || "").trim();
  }
  function keyRangeButtons(el) {
    el.querySelectorAll(".rangeselector .button").forEach(function (b) {
      if (b.getAttribute("tabindex") === "0") return;
      var label = buttonLabel(b);
      b.setAttribute("tabindex", "0");
      b.setAttribute("role", "button");
      b.setAttribute("aria-label", RANGE_NAMES[label] || label);
      b.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title")).textContent = RANGE_NAMES[label] || label;
      b.addEventListener("keydown", function (ev) {
        if (ev.key !== "Enter" && ev.key !== " ") return;
        ev.preventDefault();
        b.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      });
    });
  }

  // Plotly counts the months back from the axis' end, which may run on to today's line or to the end
  // of a year-long event, past the events and the To date: 1m, 6m and 1y count back from the last
  // day of the events shown instead (meta.last, never past the To date), a little margin after it
  var MONTHS = { "1m": 1, "6m": 6, "1y": 12 };
  function newsRange(label) {
    if (!MONTHS[label] || !meta.last) return null;
    var end = new Date(meta.last + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 1);
    var start = new Date(end.getTime());
    start.setUTCMonth(start.getUTCMonth() - MONTHS[label]);
    end.setUTCDate(end.getUTCDate() + Math.max(1, Math.round((end - start) / 86400000 / 40)));
    return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
  }
  document.addEventListener("click", function (ev) {   // (captured: before Plotly's own listener)
    var button = ev.target.closest && ev.target.closest("#chart .rangeselector .button");
    var range = button && newsRange(buttonLabel(button));
    if (!range || !window.Plotly) return;
    ev.stopPropagation();
    window.Plotly.relayout(chartEl(), { "xaxis.range": range });
  }, true);

  // Keyboard: the chart itself is a Tab stop, where ← and → move the dates shown by a quarter of their
  // width, + and − zoom in and out around their middle and 0 shows every date (as "all"): the zoom a
  // mouse makes by dragging, which the keyboard could not (1m, 6m and 1y count back from the last
  // event). The list, the address and the exports follow, as after a drag.
  var KEY_MOVES = { "ArrowLeft": [-0.25, -0.25], "ArrowRight": [0.25, 0.25], "+": [0.25, -0.25], "=": [0.25, -0.25],
                    "-": [-0.5, 0.5], "−": [-0.5, 0.5] };
  document.addEventListener("keydown", function (ev) {
    var el = chartEl();
    if (!el || ev.target !== el || !el.dataset.ready || !window.Plotly || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (!el.classList.contains("keyed")) return;     // (clicked with a mouse: the arrows scroll the page as before)
    if (ev.key === "0") {
      ev.preventDefault();
      window.Plotly.relayout(el, { "xaxis.autorange": true });
      return;
    }
    var move = KEY_MOVES[ev.key], xa = el._fullLayout.xaxis;
    if (!move || !xa) return;
    ev.preventDefault();
    var lo = xa.r2l(xa.range[0]), hi = xa.r2l(xa.range[1]), width = hi - lo;
    window.Plotly.relayout(el, { "xaxis.range": [xa.l2r(lo + move[0] * width), xa.l2r(hi + move[1] * width)] });
  });

  // ... only when the keyboard brought the focus there ("keyed", which shows the keys): a click on the
  // chart focuses it too, and the arrows then scroll the page as they did
  var lastInput = "pointer";
  document.addEventListener("keydown", function () { lastInput = "key"; }, true);
  document.addEventListener("pointerdown", function () { lastInput = "pointer"; }, true);
  document.addEventListener("focusin", function (ev) {
    var el = chartEl();
    if (el && ev.target === el) el.classList.toggle("keyed", lastInput === "key");
  });

  // The dates above the lanes repeat the main axis' ticks (plotly.js computes them).
  function topDates(el) {
    var full = el._fullLayout;
    if (!full || !full.xaxis2 || !full.xaxis._vals) return;
    var vals = full.xaxis._vals.map(function (v) { return v.x; });
    var text = full.xaxis._vals.map(function (v) { return String(v.text).replace(/<br>/g, " "); });
    if (syncing || JSON.stringify(vals) === JSON.stringify(full.xaxis2.tickvals || [])) return;
    // not `quiet`: a zoom's own relayout event may come after this; ours carries no x range
    syncing = true;
    return Promise.resolve(window.Plotly.relayout(el, { "xaxis2.tickvals": vals, "xaxis2.ticktext": text }))
      .then(function () { syncing = false; }, function () { syncing = false; });
  }
  var syncing = false;

  // On a touch screen a drag over the chart scrolls the page (Plotly would zoom and trap it):
  // the range buttons, the slider and the toolbar still zoom.
  var touch = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;

  // The range the chart opened on, when no visible range was asked for: "Reset axes" in the
  // toolbar returns to it, which is no zoom (the list and the exports keep every event)
  var opening = null;
  // The range the page was opened on from its address (a shared link, Back): "Reset axes" returns
  // Plotly to it, and means no zoom there too
  var addressed = null;

  // A period (a week, a month) on a chart of decades is a hairline: a bar narrower than MIN_BAR_PX
  // is drawn that wide around its middle, anew at each zoom (its hover and the list keep its dates)
  var MIN_BAR_PX = 6;
  var periods = [];       // each bar trace's own bases and lengths (ms), as the server sent them
  function widenBars(el) {
    var xa = el._fullLayout && el._fullLayout.xaxis;
    if (!xa || !xa._length || !periods.some(Boolean)) return;
    var least = MIN_BAR_PX * (xa.r2l(xa.range[1]) - xa.r2l(xa.range[0])) / xa._length;
    var at = [], bases = [], lengths = [];
    periods.forEach(function (p, i) {
      if (!p) return;
      at.push(i);
      bases.push(p.base.map(function (b, k) {
        return p.x[k] >= least ? b : xa.d2l(b) + p.x[k] / 2 - least / 2;
      }));
      lengths.push(p.x.map(function (x) { return Math.max(x, least); }));
    });
    var shown = JSON.stringify([bases, lengths]);
    if (shown === el.dataset.bars) return;
    el.dataset.bars = shown;
    // (react, not restyle: a restyle of x makes Plotly guess the axis' type again, from the lengths)
    var data = el.data.slice();
    at.forEach(function (i, k) { data[i] = Object.assign({}, data[i], { base: bases[k], x: lengths[k] }); });
    return window.Plotly.react(el, data, el.layout, config);
  }

  function draw(el, fig) {
    meta = fig.meta || {};
    periods = fig.data.map(function (t) { return t.type === "bar" ? { base: t.base.slice(), x: t.x.slice() } : null; });
    el.dataset.bars = "";
    var asked = document.getElementById("id_view_start");
    // (a copy: Plotly changes the layout's range array in place as the chart is zoomed, and every
    // first zoom then looked like a return to the opening range, which lists every event)
    opening = asked && asked.value || !fig.layout.xaxis.range ? null : fig.layout.xaxis.range.slice();
    addressed = asked && asked.value && fig.layout.xaxis.range ? fig.layout.xaxis.range.slice() : null;
    shownWidth = addressed ? new Date(addressed[1]) - new Date(addressed[0]) : null;
    meta.long_lanes = fig.layout.yaxis.ticktext;
    fitLanes(el, fig.layout);
    if (touch) fig.layout.dragmode = false;
    showNote([meta.note, meta.focus_note]);
    // plotly.js draws an axis only for a trace on it: an empty one for the dates above the lanes
    var data = fig.layout.xaxis2 ? fig.data.concat([{ type: "scatter", x: [], y: [], xaxis: "x2",
      hoverinfo: "skip", showlegend: false, name: "" }]) : fig.data;
    quiet = true;
    var done = window.Plotly.react(el, data, fig.layout, config);
    return Promise.resolve(done).then(function () {
      quiet = false;
      return widenBars(el);
    }).then(function () {
      return topDates(el);
    }).then(function () {
      titleLanes(el);
      keyRangeButtons(el);
      el.dataset.ready = "1";
      el.dispatchEvent(new CustomEvent("timeline:drawn", { bubbles: true }));
    });
  }

  function showNote(parts) {
    var note = document.getElementById("chart-note");
    if (note) note.textContent = parts.filter(Boolean).join(" ");
  }

  function load(el, url) {
    el.dataset.ready = "";
    el.classList.add("loading");
    return fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (fig) { el.classList.remove("loading"); return draw(el, fig); })
      .catch(function (err) {
        el.classList.remove("loading");
        var note = document.getElementById("chart-note");
        if (note) note.textContent = "The chart could not be loaded (" + err.message + "): the list below is complete.";
      });
  }

  function showDetail(pk) {
    var el = chartEl();
    var query = params().toString();
    var url = el.dataset.detail.replace(/\/0\/$/, "/" + pk + "/") + (query ? "?" + query : "");
    // (pushed by htmx, so that Back is an htmx step: the page's htmx-config reloads that address)
    window.htmx.ajax("GET", url, { target: "#detail", swap: "innerHTML", push: url }).then(function () {
      var shown = document.querySelector("#detail .detail");
      if (shown) shown.focus({ preventScroll: true });  // keyboard users continue in the detail
    });
  }

  // The finders under the Actor, With and Article menus fill them (htmx); typing in one is no change
  // of the filters, which the form would send
  document.addEventListener("change", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("finder")) ev.stopPropagation();
  }, true);

  // Enter in a finder chooses what it found first (once its menu is filled with what was typed),
  // as if picked from the menu
  function pickFound(finder) {
    var menu = document.querySelector(finder.getAttribute("hx-target"));
    if (!menu) return;
    var kept = Array.prototype.filter.call(menu.options, function (o) { return o.value; });
    var found = kept.filter(function (o) { return !o.selected; })[0] || kept[0];
    if (!found) return;
    if (menu.multiple) found.selected = true;   // (several actors: one more)
    else menu.value = found.value;
    menu.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // "Several actors": the Actor menu becomes a list that takes several; back to one, the first kept
  document.addEventListener("change", function (ev) {
    if (ev.target.id !== "id_several") return;
    var menu = document.getElementById("id_actor");
    if (!menu) return;
    if (ev.target.checked) {
      menu.multiple = true;
      menu.size = 6;
    } else {
      var first = Array.prototype.filter.call(menu.options, function (o) { return o.selected && o.value; })[0];
      menu.multiple = false;
      menu.removeAttribute("size");
      menu.value = first ? first.value : "";
    }
  }, true);   // (before the form sends the filters: the menu as it will be)
  document.addEventListener("keydown", function (ev) {
    var finder = ev.target.closest && ev.target.closest(".finder");
    if (!finder || ev.key !== "Enter") return;
    ev.preventDefault();
    if (!finder.value.trim()) return;                               // (nothing typed: nothing found to choose)
    if (finder.dataset.found === finder.value) pickFound(finder);   // (its menu already holds what it found)
    else finder.dataset.pick = "1";                                 // (the "search" event asks for it now)
  });
  document.addEventListener("htmx:afterSwap", function (ev) {
    var finder = ev.detail.requestConfig && ev.detail.requestConfig.elt;
    if (!finder || !finder.classList || !finder.classList.contains("finder")) return;
    finder.dataset.found = finder.value;
    if (finder.dataset.pick && finder.value.trim()) {
      delete finder.dataset.pick;
      pickFound(finder);
    }
  });

  function day(value) { return String(value).slice(0, 10); }

  // The last day a range shows: its end at midnight (as a bubble's zoom or the page's own range sets
  // it, the day after the last) shows nothing of that day
  function lastDay(value) {
    var text = String(value);
    if (text.length > 10 && !/^\d{4}-\d{2}-\d{2}[ T]00:00(:00(\.0+)?)?$/.test(text)) return day(text);
    var d = new Date(day(text) + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }

  function onRelayout(ev) {
    if (quiet) return;
    var start = null, end = null, reset = false;
    if (ev["xaxis.range[0]"]) { start = ev["xaxis.range[0]"]; end = ev["xaxis.range[1]"]; }
    else if (ev["xaxis.range"]) { start = ev["xaxis.range"][0]; end = ev["xaxis.range"][1]; }
    else if (ev["xaxis.autorange"]) { reset = true; }
    else return;
    if (!reset && opening && day(start) === day(opening[0]) && day(end) === day(opening[1])) reset = true;
    if (!reset && addressed && day(start) === day(addressed[0]) && day(end) === day(addressed[1])) {
      addressed = null;           // (then the whole span, as "all" shows it)
      reset = true;
      quiet = true;
      Promise.resolve(window.Plotly.relayout(chartEl(), { "xaxis.autorange": true }))
        .then(function () { quiet = false; });
    }
    showNote([meta.note]);  // the opening range is left: its note no longer applies
    widenBars(chartEl());
    var width = reset ? null : new Date(end) - new Date(start);
    // a zoom (another width, or all) is a step Back undoes; a pan of the same width only moves it
    zoomed = zoomed || reset !== (shownWidth === null) || (!reset && Math.abs(width - shownWidth) > 0.01 * shownWidth);
    shownWidth = width;
    document.getElementById("id_view_start").value = reset ? "" : day(start);
    document.getElementById("id_view_end").value = reset ? "" : lastDay(end);
    clearTimeout(timer);
    timer = setTimeout(refreshView, 250);
  }
  var shownWidth = null;    // the width of the range shown after the last zoom or pan (null: all)
  var zoomed = false;       // a zoom since the address was last written

  // After a zoom or pan: the list, the URL and the export links follow the visible range.
  function refreshView() {
    var p = params();
    var eventsUrl = document.getElementById("chart").dataset.events;
    window.htmx.ajax("GET", withParams(eventsUrl, p), { target: "#event-list", swap: "outerHTML" });
    // (an htmx entry: Back to it reloads that address, as the page's htmx-config asks)
    if (zoomed) {
      // (the entry left behind is marked an htmx one too, so that Back to it reloads it)
      if (!history.state || !history.state.htmx) history.replaceState({ htmx: true }, "", location.href);
      history.pushState({ htmx: true }, "", withParams(location.pathname, p));
    } else {
      history.replaceState({ htmx: true }, "", withParams(location.pathname, p));
    }
    zoomed = false;
    syncExports(p);
    if (meta.aggregated || meta.restricted) {
      var el = chartEl();
      load(el, withParams(el.dataset.src, p));
    }
  }

  function syncExports(p) {
    document.querySelectorAll("a[data-export]").forEach(function (a) {
      a.setAttribute("href", withParams(a.getAttribute("href"), p));
    });
  }

  function onClick(ev) {
    var point = ev.points && ev.points[0];
    if (!point) return;
    var data = point.customdata;
    if (Array.isArray(data)) {          // a count of events: zoom into its period
      var end = new Date(data[1]);
      end.setDate(end.getDate() + 1);
      window.Plotly.relayout(chartEl(), { "xaxis.range": [data[0], end.toISOString().slice(0, 10)] });
    } else if (data) {
      showDetail(data);
    }
  }

  function init() {
    var el = chartEl();
    if (!el || el.dataset.bound === el.dataset.src) return;
    el.dataset.bound = el.dataset.src;
    if (!window.Plotly) return;
    load(el, el.dataset.src).then(function () {
      if (el.dataset.listening) return;
      el.dataset.listening = "1";
      el.on("plotly_click", onClick);
      el.on("plotly_relayout", onRelayout);
      el.on("plotly_afterplot", function () { titleLanes(el); topDates(el); keyRangeButtons(el); });
    });
  }

  // What the chart shows in its x range: the events (their ids), the lanes that hold one, the types,
  // the hatchings of the periods (their pattern shapes), and the points outside it ([trace, index])
  function inView(el) {
    var xa = el._fullLayout.xaxis, lo = xa.r2l(xa.range[0]), hi = xa.r2l(xa.range[1]);
    var events = {}, lanes = {}, types = {}, hatches = {}, outside = [];
    el.data.forEach(function (t, i) {
      (t.customdata || []).forEach(function (pk, k) {
        var p = periods[i], start = xa.d2l(p ? p.base[k] : t.x[k]);
        // (a period ends where the next day begins)
        if ((p ? start + p.x[k] <= lo : start < lo) || start > hi) return outside.push([i, k]);
        events[pk] = lanes[Math.round(t.y[k])] = types[t.legendgroup] = true;
        var hatch = p && t.marker.pattern && t.marker.pattern.shape[k];
        if (hatch) hatches[hatch] = true;
      });
    });
    return { count: Object.keys(events).length, lanes: Object.keys(lanes).map(Number).sort(function (a, b) { return a - b; }),
             types: types, hatches: hatches, outside: outside };
  }

  // ... in an image: the x range widened by EDGE_PX on each side, so that a marker on its first or last
  // day is whole (it was cut in half at the edge), and the events outside the range, which the wider
  // range would bring in at its edges, left out (lane -10, off the plot)
  var EDGE_PX = 10;
  function padRange(el, data, layout, outside) {
    var xa = el._fullLayout.xaxis, lo = xa.r2l(xa.range[0]), hi = xa.r2l(xa.range[1]);
    var pad = EDGE_PX * (hi - lo) / Math.max(xa._length, 1);
    layout.xaxis.range = [xa.l2r(lo - pad), xa.l2r(hi + pad)];
    layout.xaxis.autorange = false;
    outside.forEach(function (at) { data[at[0]].y[at[1]] = -10; });
  }

  // ... in an image: the lanes without an event in view left out, the others closed up
  function keepLanes(data, layout, kept) {
    var to = {};
    kept.forEach(function (lane, i) { to[lane] = i; });
    data.forEach(function (t) {
      if (t.y) t.y = t.y.map(function (y) { var lane = Math.round(y); return lane in to ? to[lane] + y - lane : -10; });
    });
    layout.yaxis.tickvals = kept.map(function (lane, i) { return i; });
    layout.yaxis.ticktext = kept.map(function (lane) { return layout.yaxis.ticktext[lane]; });
    layout.yaxis.range = [Math.max(kept.length, 1) - 0.5, -0.5];
    layout.height = Math.max(300, 120 + (kept.length <= 12 ? 34 : 26) * kept.length);
  }

  // ... with a legend of the types in view, each by its colour alone (Plotly draws a trace's legend
  // with its first point's symbol: a hollow diamond, "hypothetical", for every meeting), then of the
  // hatchings of the periods in view, each a grey swatch hatched so, named by its status
  // (meta.hatches, from display.STATUS_PATTERNS: "/" is planned)
  function typeLegend(data, types, hatches) {
    var seen = {};
    data.forEach(function (t) { t.showlegend = false; });
    var legend = data.filter(function (t) {
      if (!t.legendgroup || !types[t.legendgroup] || seen[t.legendgroup]) return false;
      return (seen[t.legendgroup] = true);
    }).map(function (t) {
      return { type: "scatter", mode: "markers", x: [null], y: [null], name: t.name, legendgroup: t.legendgroup,
               showlegend: true, hoverinfo: "skip", marker: { symbol: "circle", size: 11, color: t.marker.color } };
    });
    Object.keys(meta.hatches || {}).filter(function (shape) { return hatches[shape]; }).forEach(function (shape) {
      legend.push({ type: "bar", orientation: "h", x: [null], y: [null], base: [null], showlegend: true,
                    name: meta.hatches[shape] + " (a period, hatched)", legendgroup: "hatch" + shape, hoverinfo: "skip",
                    marker: { color: "#9aa1ad", opacity: 0.6, line: { color: "#5b6475", width: 1.5 },
                              pattern: { shape: shape, fgcolor: "#5b6475", fillmode: "replace", solidity: 0.25, size: 6 } } });
    });
    return data.concat(legend);
  }

  // The chart as an image that stands on its own: titled with what the view shows (the count line,
  // and how many of those events are in the picture), with the legend of the types in it and the
  // lanes that hold them, without the zoom buttons and the range slider, which mean nothing on paper.
  function downloadPng(el, filename) {
    var counts = document.querySelector("#results .counts");
    var data = JSON.parse(JSON.stringify(el.data));
    var layout = JSON.parse(JSON.stringify(el.layout));
    var shown = meta.aggregated ? null : inView(el);
    var total = counts ? counts.textContent.replace(/\s+/g, " ").trim() : "";
    var title = "Newsline · " + (shown && shown.count < meta.count ? shown.count + " event" + (shown.count === 1 ? "" : "s") +
      " in the picture, of " : "") + total;
    // ... and what the count line leaves out: the words searched and the dates shown
    var f = new FormData(form());
    if (f.get("q")) title += " · “" + f.get("q") + "”";
    var range = el._fullLayout.xaxis.range;
    var from = f.get("view_start") || f.get("start"), to = f.get("view_end") || f.get("end");
    if (shown && shown.count < meta.count && !f.get("view_start")) { from = day(range[0]); to = lastDay(range[1]); }
    if (from || to) title += " · " + (from || "…") + " to " + (to || "…");
    // (article text in the title: Plotly reads a few tags in titles, so none is let through)
    title = title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    // ... broken into lines the image's width holds, at its " · " (a long one ran off the right edge,
    // the period with it)
    var lines = wrapTitle(title, Math.max(40, Math.floor((el.offsetWidth - 30) / 7.6)));
    if (shown) {
      padRange(el, data, layout, shown.outside);
      if (shown.lanes.length && shown.lanes.length < layout.yaxis.tickvals.length) keepLanes(data, layout, shown.lanes);
      data = typeLegend(data, shown.types, shown.hatches);
    }
    layout.title = { text: lines.join("<br>"), x: 0.01, xanchor: "left", yref: "container", y: 1, yanchor: "top",
                     pad: { t: 24 }, font: { size: 14 } };
    layout.showlegend = true;
    layout.legend = { orientation: "h", x: 0, y: 0, yref: "container", yanchor: "bottom" };   // (below the year of the axis)
    var extra = 18 * (lines.length - 1);
    layout.margin = Object.assign({}, layout.margin, { t: ((layout.margin || {}).t || 40) + 30 + extra,
                                                       b: ((layout.margin || {}).b || 40) + 40 });
    if (layout.xaxis) {
      layout.xaxis.rangeslider = { visible: false };
      if (layout.xaxis.rangeselector) layout.xaxis.rangeselector.visible = false;
    }
    window.Plotly.downloadImage({ data: data, layout: layout }, { format: "png", filename: filename,
      width: el.offsetWidth, height: (shown ? layout.height : el.offsetHeight) + 70 + extra, scale: 2 });
  }

  // A title cut into lines of at most `width` characters at its " · " (a part longer than a line stands alone)
  function wrapTitle(title, width) {
    var lines = [];
    title.split(" · ").forEach(function (part) {
      var last = lines.length - 1;
      if (last >= 0 && lines[last].length + 3 + part.length <= width) lines[last] += " · " + part;
      else lines.push(part);
    });
    return lines;
  }

  // On a phone, a tablet or a small or short laptop the filters fold behind "More filters"; Apply folds them
  // again, so that what they found shows
  function showFilters(expanded) {
    var toggle = document.querySelector(".filters-toggle");
    form().classList.toggle("expanded", expanded);
    if (!toggle) return;
    toggle.setAttribute("aria-expanded", String(expanded));
    foldLabel();
  }
  // ... and the button says how many of the filters folded away are set ("More filters · 2 set"): a
  // view narrowed by a filter out of sight (a shared link to a type) did not look narrowed
  function foldLabel() {
    var toggle = document.querySelector(".filters-toggle"), f = form();
    if (!toggle || !f) return;
    if (f.classList.contains("expanded")) { toggle.textContent = "Fewer filters"; return; }
    var set = {};
    params().forEach(function (value, key) {
      var control = f.querySelector('[name="' + CSS.escape(key) + '"]');
      var place = control && control.closest(".field, .filter-row");
      if (place && place.offsetParent === null && !control.matches("[type=hidden]")) set[key] = true;
    });
    var n = Object.keys(set).length;
    toggle.textContent = n ? "More filters · " + n + " set" : "More filters";
  }
  document.addEventListener("submit", function (ev) {
    if (ev.target === form() && form().classList.contains("expanded")) showFilters(false);
  }, true);

  document.addEventListener("click", function (ev) {
    var png = ev.target.closest("#png");
    if (png && window.Plotly && chartEl() && chartEl().data) {
      downloadPng(chartEl(), png.dataset.filename || "newsline-timeline");
    }
    var toggle = ev.target.closest(".filters-toggle");
    if (toggle) showFilters(!form().classList.contains("expanded"));
    var opener = ev.target.closest("[data-open]");
    if (opener) {
      var details = document.getElementById(opener.dataset.open);
      if (details) details.open = true;
    }
    var unzoom = ev.target.closest("[data-unzoom]");
    if (unzoom && window.Plotly && chartEl() && chartEl().dataset.ready) {
      ev.preventDefault();  // zoom the chart out: the list, the URL and the exports follow
      window.Plotly.relayout(chartEl(), { "xaxis.autorange": true });
    }
    var close = ev.target.closest("[data-close]");
    if (close) {
      ev.preventDefault();
      var panel = document.getElementById("detail");
      var note = document.createElement("p");
      note.className = "detail placeholder muted";
      note.textContent = "Click an event on the chart or in the list to see its detail.";
      var was = panel.querySelector("[data-event]");
      panel.replaceChildren(note);
      panel.classList.remove("open");
      markOnChart(null);
      // the keyboard goes back to the event's row in the list, else to the detail's place
      var row = was && document.querySelector('.ev[data-event="' + was.dataset.event + '"]');
      if (!row) { note.setAttribute("tabindex", "-1"); row = note; }
      focusInView(row);
      document.title = "Timeline · Newsline";
      // (an event opened by its own link is a page htmx did not push: Back must come back to it)
      if (!history.state || !history.state.htmx) history.replaceState({ htmx: true }, "", location.href);
      history.pushState({ htmx: true }, "", close.getAttribute("href"));
    }
  });

  // Focus without moving the page, unless the element is out of sight (the keyboard went on from the
  // detail to the page's top or the list's end): then it is brought to the middle of the window
  function focusInView(el) {
    el.focus({ preventScroll: true });
    var box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: "center" });
  }

  // The event shown in the detail is marked in the list, and its dates on the chart.
  function markCurrent() {
    var shown = document.querySelector("#detail [data-event]");
    document.querySelectorAll(".ev[aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
    markOnChart(shown);
    if (!shown) return;
    document.querySelectorAll('.ev[data-event="' + shown.dataset.event + '"]').forEach(function (a) {
      a.setAttribute("aria-current", "true");
    });
  }

  // (the band stays among the shapes once added, hidden when no event is open: a shape taken out
  // with relayout left plotly.js without its extremes, and "all" then failed)
  function markOnChart(shown) {
    var el = chartEl();
    if (!el || !el.dataset.ready || !el.layout || !window.Plotly) return;
    var shapes = el.layout.shapes || [];
    var at = shapes.findIndex(function (s) { return s.name === "current"; });
    if (shown && shown.dataset.start) {
      var end = new Date(shown.dataset.end + "T00:00:00Z");
      end.setUTCDate(end.getUTCDate() + 1);
      var colour = getComputedStyle(shown).getPropertyValue("--c").trim() || "#1f5fbf";
      var band = { name: "current", type: "rect", xref: "x", yref: "paper", y0: 0, y1: 1, layer: "below",
        x0: shown.dataset.start, x1: end.toISOString().slice(0, 10), visible: true,
        fillcolor: colour, opacity: 0.3, line: { color: colour, width: 1.5 } };
      var update = {};
      if (at < 0) update.shapes = shapes.concat([band]);
      else ["x0", "x1", "visible", "fillcolor"].forEach(function (k) { update["shapes[" + at + "]." + k] = band[k]; });
      if (at >= 0) update["shapes[" + at + "].line.color"] = colour;     // (a whole object at an index is a new shape)
      window.Plotly.relayout(el, update);
    } else if (at >= 0 && shapes[at].visible !== false) {
      var hide = {};
      hide["shapes[" + at + "].visible"] = false;
      window.Plotly.relayout(el, hide);
    }
  }

  document.addEventListener("timeline:drawn", function () { markOnChart(document.querySelector("#detail [data-event]")); });

  document.addEventListener("htmx:afterSettle", function (ev) {
    init();
    markCurrent();
    foldLabel();
    var counts = document.querySelector("#results .counts"), announce = document.getElementById("announce");
    if (counts && announce && ev.detail && ev.detail.target && ev.detail.target.contains(counts))
      announce.textContent = counts.textContent.replace(/\s+/g, " ").trim();
    var panel = document.getElementById("detail");
    if (panel && ev.detail && ev.detail.target === panel) {
      panel.classList.add("open");
      // opened from the list: the keyboard goes on in the detail, not down a long list under it
      var from = ev.detail.requestConfig && ev.detail.requestConfig.elt;
      var shown = panel.querySelector(".detail");
      if (shown && from && from.closest && from.closest(".ev, #detail")) shown.focus({ preventScroll: true });
      var heading = panel.querySelector("h2");
      if (heading) document.title = heading.textContent.trim() + " · Timeline · Newsline";
    }
  });
  // Keyboard: Escape closes the detail as its close link does (the address goes back to the
  // timeline), except in a form field, where it belongs to the field.
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape" || ev.target.closest("input, select, textarea")) return;
    var close = document.querySelector("#detail [data-close]");
    if (close) close.click();
    else {
      var panel = document.getElementById("detail");
      if (panel) panel.classList.remove("open");
    }
  });
  // Turning a phone or resizing the window across the threshold swaps the lane labels.
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      foldLabel();          // (across a width where the filters fold or unfold)
      var el = chartEl();
      if (!el || !el.dataset.ready || !el.layout || (el.dataset.lanes === "short") === narrow(el)) return;
      var layout = { yaxis: Object.assign({}, el.layout.yaxis) };
      fitLanes(el, layout);
      quiet = true;
      Promise.resolve(window.Plotly.relayout(el, { "yaxis.ticktext": layout.yaxis.ticktext,
        "yaxis.tickfont": layout.yaxis.tickfont })).then(function () { quiet = false; });
    }, 200);
  });
  function start() {
    init();
    markCurrent();
    foldLabel();
    // a link to an event (/events/12/): on a narrow screen its detail opens as the sheet it is
    // when clicked, not far down under the list
    var panel = document.getElementById("detail");
    if (panel && panel.querySelector("[data-event]")) panel.classList.add("open");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
