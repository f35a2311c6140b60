package org.chancery.feed;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes a {@link Feed} as RSS 2.0 with Rome: a channel with title, link, description, language
 * and an {@code atom:link rel="self"}; items with title, link, a permanent guid, the lead as
 * description, the body as {@code content:encoded}, publication date and type as category.
 * Readers take an RSS title and description as HTML (unlike Atom's, which say {@code type="text"}),
 * so those plain texts are written HTML-escaped: a title {@code <script>} reaches the reader as
 * the escaped text of a left angle bracket and "script" once the XML is read, and shows as written.
 */
public final class RssFeed {
    public static final String MEDIA_TYPE = "application/rss+xml; charset=utf-8";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    public String write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(html(feed.title()));
        channel.setLink(feed.pageUrl());
        channel.setDescription(html(feed.description()));
        channel.setLanguage(feed.lang());
        channel.setLastBuildDate(date(feed.updated()));
        channel.setGenerator("Chancery");
        channel.setForeignMarkup(new ArrayList<>(List.of(selfLink(feed.selfUrl()))));
        channel.setItems(feed.entries().stream().map(RssFeed::item).toList());
        try {
            return new WireFeedOutput().outputString(channel);
        } catch (FeedException e) {
            throw new IllegalStateException("the RSS feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Element selfLink(String url) {
        return new Element("link", ATOM)
                .setAttribute("href", url)
                .setAttribute("rel", "self")
                .setAttribute("type", "application/rss+xml");
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(html(entry.title()));
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.url());
        guid.setPermaLink(true);
        item.setGuid(guid);
        if (!entry.summary().isEmpty()) {
            Description description = new Description();
            description.setType("text/html");
            description.setValue(html(entry.summary()));
            item.setDescription(description);
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(entry.html());
        item.setContent(content);
        item.setPubDate(date(entry.published()));
        Category category = new Category();
        category.setValue(entry.typeLabel());
        item.setCategories(List.of(category));
        return item;
    }

    /** Plain text as HTML that shows it: the characters HTML gives a meaning escaped. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
