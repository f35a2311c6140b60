package org.chancery.menu;

/**
 * A link of the site's navigation: what it says and where it leads (a path on this site, such as
 * {@code /en/visas}, or an http(s) address). In the menu editor, a row as typed.
 */
public record MenuItem(String label, String url) {

    public MenuItem {
        label = label == null ? "" : label;
        url = url == null ? "" : url;
    }

    public static MenuItem blank() {
        return new MenuItem("", "");
    }

    boolean isBlank() {
        return label.isBlank() && url.isBlank();
    }
}
