package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyRendererTest {

    private static final List<String> INTERVIEW = List.of("Question", "Sergey Lavrov");

    private final BodyRenderer renderer = new BodyRenderer();

    private static Element parse(RenderedBody body) {
        return Jsoup.parseBodyFragment(body.html()).body();
    }

    private static Elements turns(Element root) {
        return root.select("div.transcript > div.turn");
    }

    @Test
    void an_uploaded_image_and_a_link_to_an_uploaded_pdf_are_kept_with_their_alternative_text() {
        String image = "/media/ab/ab" + "0".repeat(62) + "-embassy.jpg";
        String pdf = "/media/cd/cd" + "0".repeat(62) + "-visa-form.pdf";
        Element root = parse(renderer.render("![The embassy at night](" + image + ")\n\n[Visa form](" + pdf + ")",
                List.of()));

        assertThat(root.select("img").attr("src")).isEqualTo(image);
        assertThat(root.select("img").attr("alt")).isEqualTo("The embassy at night");
        assertThat(root.select("a").attr("href")).isEqualTo(pdf);
    }

    @Test
    void an_image_with_a_script_address_loses_its_source() {
        Element root = parse(renderer.render("![x](javascript:alert(1))", List.of()));

        assertThat(root.select("img[src]")).isEmpty();
    }

    @Test
    void declared_speaker_prefix_starts_a_turn() {
        Element root = parse(renderer.render("""
                Question: This is our first online interview.

                Sergey Lavrov: It’s anyone’s guess.
                """, INTERVIEW));

        Elements turns = turns(root);
        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).attr("data-speaker")).isEqualTo("Question");
        assertThat(turns.get(0).selectFirst("p > span.speaker").text()).isEqualTo("Question:");
        assertThat(turns.get(0).selectFirst("p").ownText()).isEqualTo("This is our first online interview.");
        assertThat(turns.get(1).attr("data-speaker")).isEqualTo("Sergey Lavrov");
        assertThat(turns.get(1).classNames()).containsExactly("turn");
        assertThat(turns.get(1).selectFirst("p").text()).isEqualTo("Sergey Lavrov: It’s anyone’s guess.");
    }

    @Test
    void paragraph_without_declared_speaker_continues_the_turn() {
        Element root = parse(renderer.render("""
                Question: What next?

                Sergey Lavrov: First paragraph.

                Next week we meet again.

                - one
                - two
                """, INTERVIEW));

        Elements turns = turns(root);
        assertThat(turns).hasSize(2);
        Element answer = turns.get(1);
        assertThat(answer.children().eachText())
                .containsExactly("Sergey Lavrov: First paragraph.", "Next week we meet again.", "one two");
        assertThat(answer.select("span.speaker")).hasSize(1);
    }

    @Test
    void undeclared_name_with_colon_is_not_a_turn() {
        Element root = parse(renderer.render("""
                Sergey Lavrov: An answer.

                Note: the transcript was edited.
                """, INTERVIEW));

        Elements turns = turns(root);
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).children().eachText())
                .containsExactly("Sergey Lavrov: An answer.", "Note: the transcript was edited.");
        assertThat(root.select("span.speaker")).hasSize(1);
    }

    @Test
    void speaker_name_must_be_followed_by_colon_and_space_or_end() {
        Element root = parse(renderer.render("""
                Questions: remain.

                Question:s are odd.

                Questioned: by whom?
                """, INTERVIEW));

        assertThat(root.select("div.transcript")).isEmpty();
        assertThat(root.select("p")).hasSize(3);
    }

    @Test
    void leading_whitespace_before_the_label_is_allowed() {
        Element root = parse(renderer.render("   Question:   Why?", INTERVIEW));

        assertThat(turns(root)).hasSize(1);
        assertThat(turns(root).get(0).selectFirst("p").text()).isEqualTo("Question: Why?");
    }

    @Test
    void questions_are_numbered_in_order_and_listed_for_the_toc() {
        RenderedBody body = renderer.render("""
                Question: First?

                Sergey Lavrov: Answer.

                Question: Second?

                Sergey Lavrov: Answer.
                """, INTERVIEW);

        Elements questions = parse(body).select("div.turn.turn-question");
        assertThat(questions.eachAttr("id")).containsExactly("q1", "q2");
        assertThat(questions.eachAttr("data-speaker")).containsOnly("Question");
        assertThat(body.questions()).containsExactly(new TocEntry("q1", "First?"), new TocEntry("q2", "Second?"));
        assertThat(parse(body).select("div.turn:not(.turn-question)")).allSatisfy(t -> assertThat(t.id()).isEmpty());
    }

    @Test
    void question_labels_are_recognised_case_insensitively() {
        RenderedBody body = renderer.render("""
                Вопрос: Как дела?

                q: And you?

                QUESTION: Loud?
                """, List.of("Вопрос", "q", "QUESTION"));

        assertThat(body.questions()).extracting(TocEntry::anchor).containsExactly("q1", "q2", "q3");
        assertThat(body.questions()).extracting(TocEntry::summary).containsExactly("Как дела?", "And you?", "Loud?");
    }

    @Test
    void long_question_summary_is_cut_at_a_word_boundary_with_ellipsis() {
        String question = "Mr Minister, " + "the negotiations on strategic stability ".repeat(5) + "— what comes next?";
        RenderedBody body = renderer.render("Question: " + question, INTERVIEW);

        String summary = body.questions().get(0).summary();
        assertThat(summary).endsWith("…").doesNotContain("Question");
        String kept = summary.substring(0, summary.length() - 1);
        assertThat(kept.length()).isLessThanOrEqualTo(BodyRenderer.SUMMARY_LIMIT);
        assertThat(question).startsWith(kept + " ");
    }

    @Test
    void question_summary_collapses_whitespace_and_drops_markup() {
        RenderedBody body = renderer.render("Question: Is   it *really*\nover?\n\nA follow-up.", INTERVIEW);

        assertThat(body.questions()).containsExactly(new TocEntry("q1", "Is it really over? A follow-up."));
    }

    @Test
    void label_alone_in_its_paragraph_takes_the_question_from_the_following_blocks() {
        RenderedBody body = renderer.render("Question:\n\nWhat about sanctions?", INTERVIEW);

        Element turn = turns(parse(body)).get(0);
        assertThat(turn.selectFirst("p").text()).isEqualTo("Question:");
        assertThat(body.questions()).containsExactly(new TocEntry("q1", "What about sanctions?"));
    }

    @Test
    void inline_markdown_inside_a_turn_renders_and_label_is_not_doubled() {
        Element root = parse(renderer.render(
                "Sergey Lavrov: It is *very* clear, see [the statement](https://mid.ru/en/1).", INTERVIEW));

        Element paragraph = turns(root).get(0).selectFirst("p");
        assertThat(paragraph.select("em").text()).isEqualTo("very");
        assertThat(paragraph.selectFirst("a").attr("href")).isEqualTo("https://mid.ru/en/1");
        assertThat(paragraph.selectFirst("a").attr("rel")).isEqualTo("nofollow noopener");
        assertThat(paragraph.text()).isEqualTo("Sergey Lavrov: It is very clear, see the statement.");
    }

    @Test
    void bold_label_is_recognised_and_replaced() {
        Element root = parse(renderer.render("**Question:** Why?\n\n**Sergey Lavrov** thinks so.", INTERVIEW));

        Elements turns = turns(root);
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).selectFirst("p").text()).isEqualTo("Question: Why?");
        assertThat(turns.get(0).select("strong").eachText()).containsExactly("Sergey Lavrov");
    }

    @Test
    void content_before_the_first_turn_renders_before_the_transcript() {
        Element root = parse(renderer.render("""
                ## Interview

                Moscow, 1 June.

                Question: Hello?
                """, INTERVIEW));

        assertThat(root.children()).hasSize(3);
        assertThat(root.child(0).normalName()).isEqualTo("h2");
        assertThat(root.child(1).text()).isEqualTo("Moscow, 1 June.");
        assertThat(root.child(2).className()).isEqualTo("transcript");
        assertThat(turns(root)).hasSize(1);
    }

    @Test
    void without_speakers_body_is_plain_markdown() {
        RenderedBody body = renderer.render("Question: not a turn.\n\n# Title\n\n> quoted", List.of());

        Element root = parse(body);
        assertThat(root.children()).extracting(Element::normalName).containsExactly("p", "h1", "blockquote");
        assertThat(root.select("div")).isEmpty();
        assertThat(body.questions()).isEmpty();
        assertThat(renderer.render("Question: x", null).questions()).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n\t "})
    void null_or_blank_markdown_renders_nothing(String markdown) {
        RenderedBody body = renderer.render(markdown, INTERVIEW);

        assertThat(body.html()).isEmpty();
        assertThat(body.questions()).isEmpty();
    }

    @Test
    void speaker_name_is_text_not_markup() {
        String name = "Ann <b>Lee</b>";
        Element root = parse(renderer.render("Ann \\<b>Lee\\</b>: Hello.", List.of(name)));

        Element turn = turns(root).get(0);
        assertThat(turn.attr("data-speaker")).isEqualTo(name);
        assertThat(turn.selectFirst("span.speaker").text()).isEqualTo(name + ":");
        assertThat(root.select("b")).isEmpty();
    }

    @Test
    void links_keep_safe_protocols_and_relative_targets() {
        Element root = parse(renderer.render(
                "[a](https://x.org) [b](mailto:press@x.org) [c](/en/news/1) [d](ftp://x.org) ![i](http://x.org/i.png)",
                List.of()));

        assertThat(root.select("a").eachAttr("href")).containsExactly("https://x.org", "mailto:press@x.org", "/en/news/1");
        assertThat(root.select("a").eachAttr("rel")).containsOnly("nofollow noopener").hasSize(4);
        assertThat(root.selectFirst("img").attr("src")).isEqualTo("http://x.org/i.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java\tscript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "[x](&#106;avascript:alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<p style=\"display:none\">hidden</p>",
            "<div style=\"position:fixed\" onclick=\"alert(1)\">x</div>",
            "![x](javascript:alert(1))",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"/x\"><input></form>",
            "<math><mtext><style><img src=x onerror=alert(1)></style></mtext></math>",
    })
    void hostile_markup_is_neutralised_in_plain_and_transcript_bodies(String payload) {
        assertSafe(renderer.render(payload, List.of()));
        assertSafe(renderer.render("Question: " + payload + "\n\n" + payload, INTERVIEW));
        assertSafe(renderer.render("Sergey Lavrov: fine\n\n" + payload, INTERVIEW));
    }

    @Test
    void renderer_gives_the_same_result_when_shared_between_threads() {
        String markdown = "Intro\n\nQuestion: *Why*?\n\nSergey Lavrov: Because.\n\n<script>x</script>";
        RenderedBody expected = renderer.render(markdown, INTERVIEW);

        List<RenderedBody> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> renderer.render(markdown, INTERVIEW))
                .toList();

        assertThat(results).containsOnly(expected);
    }

    private static void assertSafe(RenderedBody body) {
        Element root = parse(body);
        assertThat(root.select("script, iframe, svg, math, style, object, embed, form, input")).isEmpty();
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertThat(key).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(value).doesNotContain("javascript:").doesNotStartWith("data:");
            }
        }
    }
}
