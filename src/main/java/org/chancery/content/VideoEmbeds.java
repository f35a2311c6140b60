package org.chancery.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A YouTube, Vimeo or RuTube link alone on a line of a body becomes a video the reader can start
 * in the page, without the page loading anything from the video site until the reader asks: a
 * poster (the link's title over a play sign, drawn by the site's stylesheet) that is a plain link
 * to the video, which {@code assets/video.js} swaps for the player on a click. Without script,
 * in feeds and in the export's pages, it stays that link. The players are the sites'
 * privacy-enhanced ones (youtube-nocookie.com, Vimeo with do-not-track), which the site's
 * Content-Security-Policy allows as frames and nothing else.
 */
public final class VideoEmbeds {
    /** The player origins the Content-Security-Policy must allow as frames, and only these. */
    public static final String FRAME_SOURCES = "https://www.youtube-nocookie.com https://player.vimeo.com"
            + " https://rutube.ru";

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})/?");
    private static final Pattern RUTUBE_PATH = Pattern.compile("/(?:video|play/embed)/([0-9a-f]{32})/?");
    private static final Pattern START = Pattern.compile("(\\d{1,6})s?");

    private VideoEmbeds() {
    }

    /**
     * A video of one of the three sites, read from its address.
     *
     * @param site     the site's name, shown on the poster
     * @param watch    the video's page on its site: the link readers follow without script
     * @param player   the privacy-enhanced player, for the frame
     */
    public record Video(String site, String watch, String player) {
    }

    /** The video at {@code address}, if it is one of a site this knows; empty for every other address. */
    public static Optional<Video> of(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        host = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        return switch (host) {
            case "youtube.com", "youtube-nocookie.com" -> youtube(youtubeId(path, query(uri, "v")), uri);
            case "youtu.be" -> youtube(Optional.of(path.replaceFirst("^/", "").replaceFirst("/$", ""))
                    .filter(id -> YOUTUBE_ID.matcher(id).matches()), uri);
            case "vimeo.com", "player.vimeo.com" -> matched(VIMEO_PATH, path).map(id -> new Video("Vimeo",
                    "https://vimeo.com/" + id, "https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1"));
            case "rutube.ru" -> matched(RUTUBE_PATH, path).map(id -> new Video("RuTube",
                    "https://rutube.ru/video/" + id + "/", "https://rutube.ru/play/embed/" + id + "?autoplay=1"));
            default -> Optional.empty();
        };
    }

    /**
     * Turns every paragraph of {@code body} that holds nothing but a link to a video (a bare
     * address, or a link whose text is the video's title) into the video's poster.
     */
    public static void embed(Element body) {
        for (Element paragraph : body.select("p")) {
            lone(paragraph).ifPresent(link -> of(link.href()).ifPresent(video ->
                    paragraph.replaceWith(poster(video, link.title()))));
        }
    }

    /** The one link a paragraph holds, with nothing else in it but white space. */
    private static Optional<Link> lone(Element paragraph) {
        Link link = null;
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (link != null) {
                return Optional.empty();
            }
            if (child instanceof Element a && a.nameIs("a") && a.select("img").isEmpty()) {
                link = new Link(a.attr("href"), a.text().strip());
            } else if (child instanceof TextNode text && !text.text().strip().contains(" ")) {
                link = new Link(text.text().strip(), text.text().strip());
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(link);
    }

    private record Link(String href, String title) {
    }

    /** The poster: a link to the video's page, which the script turns into the player. Text only, never markup. */
    private static Element poster(Video video, String title) {
        Element figure = new Element("figure").addClass("video").attr("data-player", video.player());
        Element link = figure.appendElement("a").addClass("video-poster").attr("href", video.watch())
                .attr("rel", "nofollow noopener");
        link.appendElement("span").addClass("video-play").attr("aria-hidden", "true");
        link.appendElement("span").addClass("video-title").text(title);
        link.appendElement("span").addClass("video-site").text(video.site());
        return figure;
    }

    private static Optional<Video> youtube(Optional<String> id, URI uri) {
        Optional<String> start = query(uri, "t").or(() -> query(uri, "start"))
                .map(START::matcher).filter(Matcher::matches).map(m -> m.group(1));
        return id.map(v -> new Video("YouTube", "https://www.youtube.com/watch?v=" + v
                + start.map(s -> "&t=" + s + "s").orElse(""), "https://www.youtube-nocookie.com/embed/" + v
                + "?autoplay=1" + start.map(s -> "&start=" + s).orElse("")));
    }

    private static Optional<String> youtubeId(String path, Optional<String> v) {
        if (path.equals("/watch") || path.equals("/watch/")) {
            return v.filter(id -> YOUTUBE_ID.matcher(id).matches());
        }
        return matched(YOUTUBE_PATH, path);
    }

    private static Optional<String> matched(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> query(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
