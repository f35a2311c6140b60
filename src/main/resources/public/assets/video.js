// Starts a video where its poster stands (content/VideoEmbeds): nothing is loaded from the video
// site until the reader clicks; then the poster gives way to the site's privacy-enhanced player,
// keyboard focus following it. Without script the poster is a link to the video's own page.
(function () {
  document.addEventListener('click', function (event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var poster = event.target.closest && event.target.closest('figure.video > a.video-poster');
    if (!poster) return;
    var figure = poster.parentNode;
    var player = figure.getAttribute('data-player');
    if (!player || player.indexOf('https://') !== 0) return;
    event.preventDefault();
    var title = poster.querySelector('.video-title');
    var frame = document.createElement('iframe');
    frame.src = player;
    frame.title = title ? title.textContent : poster.textContent;
    frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    figure.replaceChild(frame, poster);
    figure.classList.add('video-playing');
    frame.focus();
  });
})();
