/* The vetting report's charts and sortable overview. Data comes from the JSON block
 * #report-data (built by fraud/report/page.py); every word shown comes from data.strings.
 * Each drawn canvas gets data-rendered="1" (or "error"), which the browser tests read. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var S = data.strings;
  var COLORS = {
    line: "#3b6fb6", following: "#9aa5b1", bad: "#c0392b", ok: "#1a7f4b", warn: "#b7791f",
    band: "rgba(26,127,75,0.13)", norm: "#1a7f4b", bar: "#3b6fb6", low: "#d98b3a",
    cats: { substantive: "#1a7f4b", generic: "#d9b44a", emoji_only: "#e08a3c", mention_only: "#8e6bbf", spam: "#c0392b" },
    split: { split_real: "#1a7f4b", split_influencer: "#4a6fa5", split_mass: "#d9b44a", split_fake: "#c0392b" }
  };

  Chart.defaults.animation = false;
  Chart.defaults.responsive = true;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  // A series with nothing in it (no jumps of that kind) stays out of the legend.
  Chart.defaults.plugins.legend.labels.filter = function (item, chart) {
    var set = chart.datasets[item.datasetIndex];
    return !set || (!set.legendHidden && (!set.data || set.data.length > 0));
  };
  Chart.defaults.plugins.legend.labels.sort = function (a, b) { return a.datasetIndex - b.datasetIndex; };

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) {
      return values[key] === undefined || values[key] === null ? "?" : String(values[key]);
    });
  }
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function pct(v, digits) { return (100 * v).toFixed(digits === undefined ? 1 : digits) + "%"; }
  function num(v) { return Number(v).toLocaleString(data.lang === "zh" ? "zh-CN" : "en-US"); }
  var dateAxis = { type: "linear", ticks: { maxTicksLimit: 8, callback: function (v) { return isoDay(v); } } };

  var builders = {
    growth: function (d) {
      var followers = d.dates.map(function (iso, i) { return { x: day(iso), y: d.followers[i] }; });
      var sets = [{
        type: "line", label: S.series_followers, data: followers, borderColor: COLORS.line,
        backgroundColor: COLORS.line, pointRadius: 0, borderWidth: 2, yAxisID: "y", order: 3
      }];
      var explained = [], unexplained = [], unknown = [];
      d.spikes.forEach(function (s) {
        var label = fmt(S.spike_label, { n: num(s.gain), start: s.start, end: s.end }) + "; " +
          (s.likes_hidden ? S.spike_likes_hidden : s.not_judged ? S.spike_not_judged :
            s.lift === null ? S.spike_no_post : fmt(S.spike_lift, { x: s.lift }));
        (s.explained === null ? unknown : s.explained ? explained : unexplained)
          .push({ x: day(s.date), y: s.followers, label: label });
      });
      sets.push({ type: "scatter", label: S.spike_unexplained, data: unexplained, pointStyle: "triangle",
        pointRadius: 9, pointHoverRadius: 11, backgroundColor: COLORS.bad, borderColor: "#fff", order: 1 });
      sets.push({ type: "scatter", label: S.spike_explained, data: explained, pointStyle: "circle",
        pointRadius: 8, pointHoverRadius: 10, backgroundColor: COLORS.ok, borderColor: "#fff", order: 2 });
      if (unknown.length) {
        sets.push({ type: "scatter", label: S.spike_unknown, data: unknown, pointStyle: "rectRot",
          pointRadius: 8, pointHoverRadius: 10, backgroundColor: COLORS.following, borderColor: "#fff", order: 2 });
      }
      var first = followers.length ? followers[0].x : undefined;
      var last = followers.length ? followers[followers.length - 1].x : undefined;
      var x = { type: "linear", min: first, max: last, ticks: dateAxis.ticks };
      var scales = { x: x, y: { position: "left", ticks: { callback: num } } };
      if (d.following) {
        sets.push({ type: "line", label: S.series_following, yAxisID: "y1", borderColor: COLORS.following,
          borderDash: [4, 3], pointRadius: 0, borderWidth: 1, order: 4,
          data: d.dates.map(function (iso, i) { return { x: day(iso), y: d.following[i] }; })
            .filter(function (p) { return p.y !== null; }) });
        scales.y1 = { position: "right", grid: { drawOnChartArea: false }, ticks: { callback: num } };
      }
      return {
        type: "line", data: { datasets: sets },
        options: { parsing: false, scales: scales, interaction: { mode: "nearest", intersect: false },
          plugins: { tooltip: { callbacks: {
            title: function (items) { return items.length ? isoDay(items[0].parsed.x) : ""; },
            label: function (item) {
              return item.raw.label ? item.raw.label : item.dataset.label + ": " + num(item.parsed.y);
            } } } } }
      };
    },

    engagement: function (d) {
      var labels = d.posts.map(function (p) { return p.date; });
      var n = labels.length;
      function flat(v) { var a = []; for (var i = 0; i < n; i++) a.push(v); return a; }
      return {
        type: "bar",
        data: { labels: labels, datasets: [
          { type: "bar", label: S.series_rate, order: 4,
            data: d.posts.map(function (p) { return p.rate; }),
            backgroundColor: d.posts.map(function (p) { return p.rate < d.norm.p10 ? COLORS.low : COLORS.bar; }) },
          { type: "line", label: S.series_norm_p10, data: flat(d.norm.p10), borderColor: "rgba(26,127,75,0.5)",
            borderWidth: 1, pointRadius: 0, fill: false, order: 3, legendHidden: true },
          { type: "line", label: S.series_norm_band, data: flat(d.norm.p90), borderColor: "rgba(26,127,75,0.5)",
            borderWidth: 1, pointRadius: 0, fill: "-1", backgroundColor: COLORS.band, order: 2 },
          { type: "line", label: S.series_norm_median, data: flat(d.norm.median), borderColor: COLORS.norm,
            borderDash: [6, 4], borderWidth: 2, pointRadius: 0, fill: false, order: 1 }
        ] },
        options: {
          scales: { x: { ticks: { maxTicksLimit: 10, autoSkip: true } },
                    y: { beginAtZero: true, title: { display: true, text: S.series_rate },
                         ticks: { callback: function (v) { return pct(v, 1); } } } },
          plugins: { tooltip: { callbacks: { label: function (item) {
            return item.dataset.label + ": " + pct(item.parsed.y, 2); } } } }
        }
      };
    },

    likes_comments: function (d) { return ratioChart(d, S.axis_comments, S.axis_likes); },
    views_likes: function (d) { return ratioChart(d, S.axis_likes, S.axis_views); },

    comments: function (d) {
      return {
        type: "bar",
        data: { labels: d.categories.map(function (c) { return S["cat_" + c] || c; }),
          datasets: [{ label: S.axis_count, data: d.counts,
            backgroundColor: d.categories.map(function (c) { return COLORS.cats[c] || COLORS.bar; }) }] },
        options: { indexAxis: "y", plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true, title: { display: true, text: S.axis_count } } } }
      };
    },

    audience_split: function (d) {
      return {
        type: "bar",
        data: { labels: [""], datasets: d.labels.map(function (key, i) {
          return { label: S[key] || key, data: [d.shares[i]], ci95: d.ci95 ? d.ci95[i] : null,
            backgroundColor: COLORS.split[key] || COLORS.bar, maxBarThickness: 70 };
        }) },
        options: { indexAxis: "y",
          scales: { x: { stacked: true, min: 0, max: 1, ticks: { callback: function (v) { return pct(v, 0); } } },
                    y: { stacked: true } },
          plugins: { tooltip: { callbacks: { label: function (item) {
            var ci = item.dataset.ci95;
            return item.dataset.label + ": " + pct(item.parsed.x, 1) +
              (ci ? " (" + S.series_interval + " " + pct(ci[0], 0) + " - " + pct(ci[1], 0) + ")" : "");
          } } } } }
      };
    },

    fake_share: function (d) {
      var sets = [{ label: S.series_this_creator, data: [d.share, d.norm], legendHidden: true,
        backgroundColor: [d.red_flag ? COLORS.bad : COLORS.bar, COLORS.norm], barPercentage: 0.6, order: 2 }];
      if (d.low !== null && d.high !== null) {
        sets.push({ label: S.series_interval, data: [[d.low, d.high], null], backgroundColor: "rgba(31,41,51,0.35)",
          borderColor: "#1f2933", borderWidth: 1, barPercentage: 0.15, grouped: false, order: 1 });
      }
      var top = Math.min(1, Math.ceil((Math.max(d.high || 0, d.share, d.norm) + 0.02) * 10) / 10);
      return {
        type: "bar",
        data: { labels: [S.series_this_creator, S.series_norm], datasets: sets },
        options: { indexAxis: "y", plugins: { legend: { display: d.low !== null },
            tooltip: { callbacks: { label: function (item) {
              var r = item.raw;
              return Array.isArray(r) ? S.series_interval + ": " + pct(r[0], 0) + " - " + pct(r[1], 0) : pct(r, 1);
            } } } },
          scales: { x: { min: 0, max: top, title: { display: true, text: S.axis_share },
            ticks: { callback: function (v) { return pct(v, 0); } } } } }
      };
    }
  };

  function ratioChart(d, xLabel, yLabel) {
    // Log-log: zero counts are drawn at 1 (the tooltip tells the real number).
    var points = d.points.map(function (p) {
      return { x: Math.max(p.x, 1), y: Math.max(p.y, 1), rx: p.x, ry: p.y, id: p.id };
    });
    var sets = [{ type: "scatter", label: S.series_posts, data: points, backgroundColor: COLORS.line, pointRadius: 4 }];
    if (d.norm) {
      var xs = points.map(function (p) { return p.x; });
      var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs);
      if (hi === lo) { hi = lo * 2; }
      sets.push({ type: "line", label: S.series_norm_ratio + " (" + d.norm + ":1)", borderColor: COLORS.norm,
        borderDash: [6, 4], pointRadius: 0, borderWidth: 2,
        data: [{ x: lo, y: lo * d.norm }, { x: hi, y: hi * d.norm }] });
    }
    return {
      type: "scatter", data: { datasets: sets },
      options: { parsing: false,
        scales: { x: { type: "logarithmic", title: { display: true, text: xLabel },
                       ticks: { callback: logTick, maxRotation: 0, autoSkip: true } },
                  y: { type: "logarithmic", title: { display: true, text: yLabel }, ticks: { callback: logTick } } },
        plugins: { tooltip: { callbacks: { label: function (item) {
          var r = item.raw;
          if (r.rx === undefined) { return item.dataset.label; }
          return (r.id ? r.id + ": " : "") + xLabel + " " + num(r.rx) + ", " + yLabel + " " + num(r.ry);
        } } } } }
    };
  }

  function logTick(v) {
    // Label 1, 2 and 5 times a power of ten; leave the other grid lines bare.
    var mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    return [1, 2, 5].some(function (m) { return Math.abs(mantissa - m) < 1e-6; }) ? num(v) : "";
  }

  function render(canvas) {
    if (canvas.dataset.rendered) { return; }
    var spec = data.charts[canvas.dataset.chart];
    try {
      if (!spec || !builders[spec.kind]) { throw new Error("no chart data for " + canvas.dataset.chart); }
      new Chart(canvas, builders[spec.kind](spec.data));
      canvas.dataset.rendered = "1";
    } catch (error) {
      canvas.dataset.rendered = "error";
      console.error("chart " + canvas.dataset.chart + " failed: " + error);
    }
  }

  var canvases = Array.prototype.slice.call(document.querySelectorAll("canvas.chart"));
  // A long batch draws its charts as they scroll into view; a short one draws them at once.
  if (canvases.length > 60 && "IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { render(entry.target); observer.unobserve(entry.target); }
      });
    }, { rootMargin: "400px" });
    canvases.forEach(function (c) { observer.observe(c); });
    // Printing (or saving as PDF) shows every chart, scrolled to or not: draw the rest first.
    var renderAll = function () {
      observer.disconnect();
      canvases.forEach(render);
    };
    window.addEventListener("beforeprint", renderAll);
    if (window.matchMedia) {
      var print = window.matchMedia("print");
      var onPrint = function (event) { if (event.matches) { renderAll(); } };
      if (print.addEventListener) { print.addEventListener("change", onPrint); }
      else if (print.addListener) { print.addListener(onPrint); }
    }
  } else {
    canvases.forEach(render);
  }

  // Sortable overview: click a heading to sort by it, again to reverse.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.querySelectorAll("th");
    Array.prototype.forEach.call(heads, function (th, column) {
      th.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.dataset.type === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.sort || a.cells[column].textContent;
          var y = b.cells[column].dataset.sort || b.cells[column].textContent;
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
