package com.portdrill.catalogue;

import com.portdrill.i18n.Lang;

/**
 * The two source documents: the same port table, once in English and once in Chinese. A document says which file a
 * fact came from; the language a reader asked for is an {@link Lang}.
 */
public enum Document {
    EN("en", "000_2bc3c87bfbd6343c.txt"),
    ZH("zh", "004_dd5824247c2b8e92.txt");

    private final String code;
    private final String fileName;

    Document(String code, String fileName) {
        this.code = code;
        this.fileName = fileName;
    }

    /** The document written in {@code lang}. */
    public static Document in(Lang lang) {
        return lang == Lang.ZH ? ZH : EN;
    }

    /** The short code used in JSON output and on the command line: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    /** The document's file name under {@code src/main/resources/catalogue/}, kept as the seed named it. */
    public String fileName() {
        return fileName;
    }
}
