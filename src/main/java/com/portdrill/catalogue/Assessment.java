package com.portdrill.catalogue;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/**
 * The verdict on what the documents say about one port, and what a learner must read where they are wrong.
 *
 * @param verdict      how the documents compare with IANA
 * @param ianaService  the service IANA assigns to the port (tcp first), or null where IANA assigns none
 * @param reasonEn     one sentence on why the verdict is what it is
 * @param correctionEn what is right, in English, where the documents are wrong; null where nothing needs correcting
 * @param correctionZh the same correction in Chinese; null where nothing needs correcting
 * @param source       where the fact behind the verdict comes from (IANA, an RFC, a vendor's page)
 */
public record Assessment(Verdict verdict, String ianaService, String reasonEn, String correctionEn,
                         String correctionZh, String source) {
    public Assessment {
        Objects.requireNonNull(verdict, "verdict");
    }

    public boolean hasCorrection() {
        return correctionEn != null && !correctionEn.isBlank();
    }

    /** The correction in {@code lang}, in English where no translation is given. */
    public String correction(Lang lang) {
        return lang == Lang.ZH && correctionZh != null ? correctionZh : correctionEn;
    }
}
