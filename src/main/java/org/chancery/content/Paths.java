package org.chancery.content;

/** The public URLs of publications; every link to one is built here. */
public final class Paths {
    private Paths() {
    }

    public static String publication(String lang, long id, String slug) {
        return "/" + lang + "/news/" + id + "-" + slug;
    }

    public static String archive(String lang) {
        return "/" + lang + "/news";
    }

    public static String home(String lang) {
        return "/" + lang + "/";
    }
}
