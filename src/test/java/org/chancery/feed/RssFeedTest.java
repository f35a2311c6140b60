package org.chancery.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** RSS 2.0 as Rome reads it back: required elements, RFC 822 dates, permanent guids, escaped text. */
class RssFeedTest {
    private final String xml = new RssFeed().write(FeedSamples.twoEntries());

    private Channel parsed() throws Exception {
        return (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }

    @Test
    void the_channel_has_its_required_elements_and_a_self_link() throws Exception {
        Channel channel = parsed();

        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo("Embassy: all publications");
        assertThat(channel.getLink()).isEqualTo("https://embassy.example/en/news");
        assertThat(channel.getDescription()).isEqualTo("Everything the embassy publishes.");
        assertThat(channel.getLanguage()).isEqualTo("en");
        assertThat(channel.getLastBuildDate()).isEqualTo(Date.from(FeedSamples.UPDATED));
        Element self = channel.getForeignMarkup().get(0);
        assertThat(self.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(self.getAttributeValue("rel")).isEqualTo("self");
        assertThat(self.getAttributeValue("href")).isEqualTo("https://embassy.example/en/feed.xml");
    }

    @Test
    void items_keep_their_order_link_guid_date_and_text() throws Exception {
        Channel channel = parsed();

        assertThat(channel.getItems()).hasSize(2);
        Item first = channel.getItems().get(0);
        assertThat(first.getTitle()).isEqualTo("Q&amp;A: &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot;");
        assertThat(first.getLink()).isEqualTo("https://embassy.example/en/news/2-q-a");
        assertThat(first.getGuid().getValue()).isEqualTo(first.getLink());
        assertThat(first.getGuid().isPermaLink()).isTrue();
        assertThat(first.getPubDate()).isEqualTo(Date.from(FeedSamples.UPDATED));
        assertThat(first.getDescription().getValue()).isEqualTo("A lead with &lt;angle&gt; brackets &amp; ampersands.");
        assertThat(first.getContent().getValue()).contains("<a href=\"https://embassy.example/en/news/1-x\"");
        assertThat(first.getCategories()).extracting(c -> c.getValue()).containsExactly("Comment");
        assertThat(channel.getItems().get(1).getDescription()).isNull();
    }

    /** A reader takes title and description as HTML: what it shows must be the text as written, with no element. */
    @Test
    void titles_and_descriptions_read_as_html_are_the_plain_text_without_elements() throws Exception {
        Channel channel = parsed();
        Item first = channel.getItems().get(0);

        for (String html : List.of(channel.getTitle(), channel.getDescription(), first.getTitle(),
                first.getDescription().getValue())) {
            assertThat(Jsoup.parseBodyFragment(html).body().children()).as(html).isEmpty();
        }
        assertThat(Jsoup.parseBodyFragment(first.getTitle()).text()).isEqualTo("Q&A: <b>not bold</b> & \"quoted\"");
        assertThat(Jsoup.parseBodyFragment(first.getDescription().getValue()).text())
                .isEqualTo("A lead with <angle> brackets & ampersands.");
    }

    @Test
    void dates_are_written_in_rfc_822_form() {
        assertThat(xml).contains("<pubDate>Sat, 02 May 2020 08:30:00 GMT</pubDate>")
                .contains("<lastBuildDate>Sat, 02 May 2020 08:30:00 GMT</lastBuildDate>");
    }
}
