package org.chancery.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a {@link Feed} as Atom 1.0 (RFC 4287) with Rome: the feed's id, title, updated,
 * author and self and alternate links; each entry's id (its permanent address), title, link,
 * published and updated times, the lead as summary, the body as HTML content, and its type and
 * tags as categories.
 */
public final class AtomFeed {
    public static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";

    public String write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.selfUrl());
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setLanguage(feed.lang());
        atom.setUpdated(Date.from(feed.updated()));
        atom.setOtherLinks(new ArrayList<>(List.of(link("self", feed.selfUrl(), "application/atom+xml"))));
        atom.setAlternateLinks(new ArrayList<>(List.of(link("alternate", feed.pageUrl(), "text/html"))));
        Person author = new Person();
        author.setName(feed.author());
        author.setUri(feed.authorUrl());
        atom.setAuthors(new ArrayList<>(List.of(author)));
        atom.setEntries(feed.entries().stream().map(AtomFeed::entry).toList());
        try {
            return new WireFeedOutput().outputString(atom);
        } catch (FeedException e) {
            throw new IllegalStateException("the Atom feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedEntry e) {
        Entry entry = new Entry();
        entry.setId(e.url());
        entry.setTitle(e.title());
        entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", e.url(), "text/html"))));
        entry.setPublished(Date.from(e.published()));
        entry.setUpdated(Date.from(e.updated()));
        if (!e.summary().isEmpty()) {
            entry.setSummary(text(e.summary()));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(e.html());
        entry.setContents(new ArrayList<>(List.of(content)));
        List<Category> categories = new ArrayList<>();
        categories.add(category(e.typeCode(), e.typeLabel()));
        e.tags().forEach(tag -> categories.add(category(tag, null)));
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Category category(String term, String label) {
        Category category = new Category();
        category.setTerm(term);
        category.setLabel(label);
        return category;
    }
}
