// Keeps the masthead clocks ticking. Without script the server's time stands.
(function () {
  var clocks = document.querySelectorAll('time.clock-time[data-zone]');
  if (!clocks.length || !window.Intl) return;
  function tick() {
    var now = new Date();
    clocks.forEach(function (el) {
      try {
        el.textContent = new Intl.DateTimeFormat('en-GB', {
          hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: el.dataset.zone
        }).format(now);
      } catch (e) { /* an unknown zone keeps the server's time */ }
    });
  }
  tick();
  setInterval(tick, 10000);
})();
