package org.chancery.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a Markdown body to sanitized HTML, grouping interview transcripts into speaker turns,
 * collecting the questions for a table of contents, setting pictures as figures and galleries
 * ({@link Figures}) and turning a video's link alone on a line into a player that loads on a
 * click ({@link VideoEmbeds}). Safe for concurrent use.
 */
public final class BodyRenderer {

    static final int SUMMARY_LIMIT = 120;

    // Only used to decide whether a relative link is http(s); relative links stay relative.
    private static final String BASE_URI = "https://chancery.invalid/";
    private static final Set<String> QUESTION_LABELS = Set.of("question", "q", "вопрос");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("[\\s,;:\\-–—]+$");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    // Never modified after construction, so sharing it between threads is safe.
    private final Safelist safelist = Safelist.relaxed()
            .addTags("hr")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(true);

    private final PictureSizes pictures;

    /** A renderer that shows every image as written. */
    public BodyRenderer() {
        this(PictureSizes.NONE);
    }

    /** A renderer that gives the pictures {@code pictures} knows their size and other widths. */
    public BodyRenderer(PictureSizes pictures) {
        this.pictures = pictures;
    }

    public RenderedBody render(String markdown, List<String> speakers) {
        if (markdown == null || markdown.isBlank()) {
            return RenderedBody.empty();
        }
        Split split = split(parser.parse(markdown), speakerNames(speakers));
        Document output = Document.createShell("");
        output.outputSettings().prettyPrint(false);
        Element body = output.body();
        body.appendChildren(clean(split.prelude()));
        List<TocEntry> questions = split.turns().isEmpty()
                ? List.of()
                : appendTranscript(body, split.turns());
        Figures.arrange(body, pictures);
        VideoEmbeds.embed(body);
        return new RenderedBody(body.html(), questions);
    }

    /**
     * The words of a body as plain text, for the search index: what comes before the first turn,
     * then each turn under its speaker. Paragraphs are separated by blank lines; markup is gone.
     */
    public PlainBody plainText(String markdown, List<String> speakers) {
        if (markdown == null || markdown.isBlank()) {
            return new PlainBody("", List.of());
        }
        Split split = split(parser.parse(markdown), speakerNames(speakers));
        List<PlainBody.Turn> turns = split.turns().stream()
                .map(turn -> new PlainBody.Turn(turn.speaker(), text(turn.blocks())))
                .toList();
        return new PlainBody(text(split.prelude()), turns);
    }

    private String text(List<Node> blocks) {
        StringBuilder text = new StringBuilder();
        for (Node block : blocks) {
            String html = renderer.render(block);
            String words = Jsoup.parseBodyFragment(html).body().text();
            if (!words.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(words);
            }
        }
        return text.toString();
    }

    private static List<String> speakerNames(List<String> speakers) {
        if (speakers == null) {
            return List.of();
        }
        return speakers.stream()
                .filter(name -> name != null && !name.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static Split split(Node document, List<String> names) {
        Split split = new Split(new ArrayList<>(), new ArrayList<>());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Optional<String> speaker = names.isEmpty() ? Optional.empty() : takeLabel(block, names);
            if (speaker.isPresent()) {
                split.turns().add(new Turn(speaker.get(), new ArrayList<>(List.of(block))));
            } else if (split.turns().isEmpty()) {
                split.prelude().add(block);
            } else {
                split.turns().get(split.turns().size() - 1).blocks().add(block);
            }
        }
        return split;
    }

    /** Removes a leading "Speaker:" (plain or "**Speaker:**") from a paragraph and returns the speaker. */
    private static Optional<String> takeLabel(Node block, List<String> names) {
        if (!(block instanceof Paragraph)) {
            return Optional.empty();
        }
        Node first = block.getFirstChild();
        boolean emphasised = first instanceof Emphasis || first instanceof StrongEmphasis;
        Node carrier = emphasised ? first.getFirstChild() : first;
        if (!(carrier instanceof Text text)) {
            return Optional.empty();
        }
        Optional<Label> label = findLabel(text.getLiteral(), names);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.getLiteral().substring(label.get().end());
        if (emphasised) {
            // A bold sentence that merely starts with a name is not a label.
            if (!rest.isBlank() || text.getNext() != null) {
                return Optional.empty();
            }
            first.unlink();
        } else {
            text.setLiteral(rest);
        }
        trimLeading(block);
        return Optional.of(label.get().speaker());
    }

    private static Optional<Label> findLabel(String text, List<String> names) {
        String trimmed = text.stripLeading();
        int offset = text.length() - trimmed.length();
        for (String name : names) {
            String label = name + ":";
            boolean endsThere = trimmed.length() == label.length()
                    || trimmed.length() > label.length() && Character.isWhitespace(trimmed.charAt(label.length()));
            if (trimmed.startsWith(label) && endsThere) {
                return Optional.of(new Label(name, offset + label.length()));
            }
        }
        return Optional.empty();
    }

    // Without this, "Question:\nWhy…" would start the rendered paragraph with a line break.
    private static void trimLeading(Node paragraph) {
        Node first = paragraph.getFirstChild();
        while (first instanceof SoftLineBreak || first instanceof HardLineBreak
                || first instanceof Text blank && blank.getLiteral().isBlank()) {
            first.unlink();
            first = paragraph.getFirstChild();
        }
        if (first instanceof Text text) {
            text.setLiteral(text.getLiteral().stripLeading());
        }
    }

    private List<TocEntry> appendTranscript(Element body, List<Turn> turns) {
        Element transcript = body.appendElement("div").addClass("transcript");
        List<TocEntry> questions = new ArrayList<>();
        for (Turn turn : turns) {
            transcript.appendText("\n");
            Element div = transcript.appendElement("div").addClass("turn");
            div.appendChildren(clean(turn.blocks()));
            if (QUESTION_LABELS.contains(turn.speaker().toLowerCase(Locale.ROOT))) {
                String anchor = "q" + (questions.size() + 1);
                div.addClass("turn-question").attr("id", anchor);
                questions.add(new TocEntry(anchor, summarize(div.text())));
            }
            div.attr("data-speaker", turn.speaker());
            prependLabel(div, turn.speaker());
        }
        transcript.appendText("\n");
        return questions;
    }

    // The label is built through the DOM, so a speaker name is always text, never markup.
    private static void prependLabel(Element turn, String speaker) {
        Element first = turn.firstElementChild();
        Element paragraph = first != null && first.nameIs("p") ? first : turn;
        if (paragraph.childNodeSize() > 0) {
            paragraph.prependText(" ");
        }
        paragraph.prependElement("span").addClass("speaker").text(speaker + ":");
    }

    private List<org.jsoup.nodes.Node> clean(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        blocks.forEach(block -> renderer.render(block, html));
        Document dirty = Jsoup.parseBodyFragment(html.toString(), BASE_URI);
        return new Cleaner(safelist).clean(dirty).body().childNodesCopy();
    }

    public static String summarize(String text) {
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (collapsed.length() <= SUMMARY_LIMIT) {
            return collapsed;
        }
        int space = collapsed.lastIndexOf(' ', SUMMARY_LIMIT);
        String cut = space > 0 ? collapsed.substring(0, space) : hardCut(collapsed);
        return TRAILING_JOINERS.matcher(cut).replaceAll("") + "…";
    }

    // One word longer than the limit: cut inside it, but never between a surrogate pair.
    private static String hardCut(String text) {
        int end = Character.isHighSurrogate(text.charAt(SUMMARY_LIMIT - 1)) ? SUMMARY_LIMIT - 1 : SUMMARY_LIMIT;
        return text.substring(0, end);
    }

    private record Label(String speaker, int end) {
    }

    private record Turn(String speaker, List<Node> blocks) {
    }

    private record Split(List<Node> prelude, List<Turn> turns) {
    }
}
