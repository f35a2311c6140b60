package org.chancery.web;

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

    public static String absolute(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", img.absUrl("src"));
        }
        return doc.body().html();
    }
}
