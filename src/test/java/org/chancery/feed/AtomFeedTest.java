package org.chancery.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Atom 1.0 as Rome reads it back: the elements RFC 4287 requires, RFC 3339 dates, escaped text. */
class AtomFeedTest {
    private final String xml = new AtomFeed().write(FeedSamples.twoEntries());

    private Feed parsed() throws Exception {
        return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }

    @Test
    void the_feed_has_id_title_updated_author_and_links() throws Exception {
        Feed feed = parsed();

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("https://embassy.example/en/feed.xml");
        assertThat(feed.getTitle()).isEqualTo("Embassy: all publications");
        assertThat(feed.getUpdated()).isEqualTo(Date.from(FeedSamples.UPDATED));
        assertThat(feed.getAuthors()).singleElement().satisfies(a -> {
            assertThat(a.getName()).isEqualTo("Embassy");
            assertThat(a.getUri()).isEqualTo("https://embassy.example/en/");
        });
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("self", "https://embassy.example/en/feed.xml"));
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly("https://embassy.example/en/news");
    }

    @Test
    void entries_have_id_title_link_dates_summary_content_and_categories() throws Exception {
        Entry first = parsed().getEntries().get(0);

        assertThat(first.getId()).isEqualTo("https://embassy.example/en/news/2-q-a");
        assertThat(first.getTitle()).isEqualTo("Q&A: <b>not bold</b> & \"quoted\"");
        assertThat(first.getAlternateLinks()).extracting(Link::getHref).containsExactly(first.getId());
        assertThat(first.getPublished()).isEqualTo(Date.from(FeedSamples.UPDATED));
        assertThat(first.getUpdated()).isEqualTo(Date.from(FeedSamples.UPDATED));
        assertThat(first.getSummary().getValue()).isEqualTo("A lead with <angle> brackets & ampersands.");
        assertThat(first.getContents()).singleElement().satisfies(c -> {
            assertThat(c.getType()).isEqualTo("html");
            assertThat(c.getValue()).startsWith("<p>Body with <a href=\"https://embassy.example/en/news/1-x\"");
        });
        assertThat(first.getCategories()).extracting(c -> c.getTerm()).containsExactly("comment", "consular", "visas");
        assertThat(parsed().getEntries().get(1).getSummary()).isNull();
    }

    @Test
    void dates_are_written_in_rfc_3339_form() {
        assertThat(xml).contains("<updated>2020-05-02T08:30:00Z</updated>")
                .contains("<published>2020-04-29T15:00:00Z</published>");
    }
}
