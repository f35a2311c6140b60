package org.chancery.export;

import java.nio.charset.StandardCharsets;

/**
 * The file an export writes where the site answers with a redirect ({@code /} to {@code /en/}):
 * a page that sends the browser on at once and links the target for everything else.
 */
final class RedirectPage {
    private RedirectPage() {
    }

    static byte[] to(String path) {
        String href = escape(path);
        return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "<link rel=\"canonical\" href=\"" + href + "\">\n</head>\n<body>\n"
                + "<a href=\"" + href + "\">" + href + "</a>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
