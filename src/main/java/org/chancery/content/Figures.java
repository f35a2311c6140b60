package org.chancery.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pictures in a body as readers expect them: an image alone on a line ({@code ![alt](url
 * "caption")}) becomes a figure with its caption, and several images together on consecutive
 * lines become a gallery, a grid of figures each linking to its picture at full size (a larger
 * view that needs no script). Every picture in a body is loaded lazily and decoded off the main
 * thread, so a long transcript's photographs cost nothing until the reader scrolls to them; the
 * library's pictures carry their size (nothing jumps as they load) and their renditions as a
 * {@code srcset}, so a phone fetches 640 pixels, not the original.
 * Captions and alt texts are the writer's text, never markup.
 */
public final class Figures {
    private Figures() {
    }

    /** What the column of a page gives a picture, and a gallery's picture, for the browser to pick a width. */
    static final String SIZES = "(min-width: 48rem) 44rem, 100vw";
    static final String GALLERY_SIZES = "(min-width: 48rem) 15rem, 50vw";

    /**
     * Rewrites {@code body}'s image-only paragraphs as figures and galleries, and marks every image
     * lazy; a picture {@code pictures} knows gets its size and its other widths.
     */
    public static void arrange(Element body, PictureSizes pictures) {
        for (Element paragraph : body.select("p")) {
            List<Element> images = imagesAlone(paragraph);
            if (images.size() == 1) {
                paragraph.replaceWith(figure(images.get(0), false));
            } else if (images.size() > 1) {
                Element gallery = new Element("div").addClass("gallery");
                images.forEach(image -> gallery.appendChild(figure(image, true)));
                paragraph.replaceWith(gallery);
            }
        }
        for (Element image : body.select("img")) {
            image.attr("loading", "lazy").attr("decoding", "async");
            pictures.of(image.attr("src")).ifPresent(picture -> sized(image, picture));
        }
    }

    private static void sized(Element image, PictureSizes.Picture picture) {
        image.attr("width", Integer.toString(picture.width())).attr("height", Integer.toString(picture.height()));
        if (!picture.sources().isEmpty()) {
            boolean inGallery = image.closest(".gallery") != null;
            image.attr("srcset", picture.srcset()).attr("sizes", inGallery ? GALLERY_SIZES : SIZES);
        }
    }

    /** The images a paragraph holds when it holds nothing else but white space and line breaks. */
    private static List<Element> imagesAlone(Element paragraph) {
        List<Element> images = new ArrayList<>();
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (child instanceof Element element && element.nameIs("br")) {
                continue;
            }
            if (child instanceof Element image && image.nameIs("img") && !image.attr("src").isBlank()) {
                images.add(image);
            } else {
                return List.of();
            }
        }
        return images;
    }

    /** The image with its title as its caption; in a gallery, linked to itself at full size. */
    private static Element figure(Element image, boolean linked) {
        String caption = image.attr("title").strip();
        Element picture = image.clone().removeAttr("title");
        Element figure = new Element("figure").addClass("image");
        if (linked) {
            figure.appendElement("a").attr("href", image.attr("src")).appendChild(picture);
        } else {
            figure.appendChild(picture);
        }
        if (!caption.isEmpty()) {
            figure.appendElement("figcaption").text(caption);
        }
        return figure;
    }
}
