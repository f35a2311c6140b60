// Keeps the masthead true in the reader's browser: today's date in the home zone, the clocks
// and the day counters, from the settings the page carries (#masthead-data), so a page saved or
// exported long ago still shows the reader's now. Without script the server's values stand.
(function () {
  var data = document.getElementById('masthead-data');
  if (!data || !window.Intl || !Intl.DateTimeFormat.prototype.formatToParts) return;
  var live;
  try { live = JSON.parse(data.textContent); } catch (e) { return; }

  function parts(locale, zone, options, now) {
    var out = {};
    new Intl.DateTimeFormat(locale, Object.assign({ timeZone: zone }, options)).formatToParts(now)
      .forEach(function (p) { out[p.type] = p.value; });
    return out;
  }

  // The date as the page's pattern ("d MMMM yyyy") has it; the month's name comes from the
  // browser in the form used beside a day ("26 мая 2020"), and the browser's own extras
  // (Russian "г.") are left out.
  function longDate(now) {
    var p = parts(live.lang, live.homeZone, { day: 'numeric', month: 'long', year: 'numeric' }, now);
    var n = parts('en-US', live.homeZone, { day: 'numeric', month: 'numeric', year: 'numeric' }, now);
    return live.dateFormat.replace(/d+|M+|y+/g, function (token) {
      if (token[0] === 'd') return token.length > 1 && n.day.length < 2 ? '0' + n.day : n.day;
      if (token[0] === 'y') return n.year;
      if (token.length >= 3) return p.month;
      return token.length > 1 && n.month.length < 2 ? '0' + n.month : n.month;
    });
  }

  function today(now) {
    var n = parts('en-US', live.homeZone, { day: 'numeric', month: 'numeric', year: 'numeric' }, now);
    return { y: +n.year, m: +n.month, d: +n.day };
  }

  function iso(t) {
    return t.y + '-' + (t.m < 10 ? '0' : '') + t.m + '-' + (t.d < 10 ? '0' : '') + t.d;
  }

  function update() {
    var now = new Date();
    try {
      var t = today(now);
      var date = document.querySelector('time.today');
      if (date) {
        date.textContent = longDate(now);
        date.setAttribute('datetime', iso(t));
      }
      var plural = new Intl.PluralRules(live.lang);
      (live.counters || []).forEach(function (c, i) {
        var el = document.querySelector('.counter[data-counter="' + i + '"]');
        var e = c.eventDate.split('-');
        var days = Math.round((Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(+e[0], +e[1] - 1, +e[2])) / 864e5);
        var text = c.text[plural.select(days)] || c.text.other;
        if (el && text) el.textContent = text.replace('{days}', String(days));
      });
    } catch (e) { /* an unknown zone keeps the server's values */ }
    document.querySelectorAll('time.clock-time[data-zone]').forEach(function (el) {
      try {
        el.textContent = new Intl.DateTimeFormat('en-GB', {
          hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: el.dataset.zone
        }).format(now);
      } catch (e) { /* an unknown zone keeps the server's time */ }
    });
  }

  update();
  setInterval(update, 10000);
})();
