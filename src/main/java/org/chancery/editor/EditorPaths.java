package org.chancery.editor;

/** The addresses of the editor's pages; every link to one is built here. */
public final class EditorPaths {
    public static final String LIST = "/admin/publications";
    public static final String NEW = LIST + "/new";
    public static final String PREVIEW = LIST + "/preview";

    private EditorPaths() {
    }

    public static String item(long id) {
        return LIST + "/" + id;
    }

    public static String edit(long id) {
        return item(id) + "/edit";
    }

    /** Where a translation of the publication is started (a POST naming the language). */
    public static String translate(long id) {
        return item(id) + "/translate";
    }

    public static String revisions(long id) {
        return item(id) + "/revisions";
    }

    public static String compare(long id, int from, int to) {
        return revisions(id) + "?from=" + from + "&to=" + to;
    }

    public static String restore(long id, int number) {
        return revisions(id) + "/" + number + "/restore";
    }
}
