package org.chancery.export;

import java.nio.charset.StandardCharsets;

/**
 * The file an export writes where the site answers with a redirect ({@code /} to {@code /en/}):
 * a page that sends the browser on at once and links the target for everything else, naming it
 * as canonical by its absolute address, as the site's own pages name theirs.
 */
final class RedirectPage {
    private RedirectPage() {
    }

    /** @param url {@code path} under the site's base URL */
    static byte[] to(String path, String url) {
        String href = escape(path);
        return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(url) + "\">\n</head>\n<body>\n"
                + "<a href=\"" + href + "\">" + href + "</a>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
