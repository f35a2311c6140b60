package org.chancery.web;

import java.net.URI;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the links and images of an HTML fragment absolute, for copies read away from the site:
 * feed readers and the API's clients have no page to resolve {@code /en/news/1} against.
 */
public final class HtmlLinks {
    private HtmlLinks() {
    }

    /** Each address of a {@code srcset} ({@code /media/r/a.jpg 640w, ...}) made absolute, its width kept. */
    private static String absoluteSrcset(String srcset, String pageUrl) {
        URI base = URI.create(pageUrl);
        return String.join(", ", Arrays.stream(srcset.split(",", -1)).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> {
                    int space = s.indexOf(' ');
                    String url = space < 0 ? s : s.substring(0, space);
                    return base.resolve(url) + (space < 0 ? "" : s.substring(space));
                }).toList());
    }

    public static String absolute(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", img.absUrl("src"));
        }
        for (Element img : doc.select("img[srcset]")) {
            img.attr("srcset", absoluteSrcset(img.attr("srcset"), doc.location()));
        }
        return doc.body().html();
    }
}
