package org.huzhu.enrolment.domain;

/** The two forms a list arrives in: Excel (.xlsx, a zip) or CSV as HR systems export it. */
public enum FileKind {
    XLSX, CSV;

    /** Told by content, not by name: an .xlsx is a zip and starts with "PK". */
    public static FileKind of(byte[] head) {
        return head.length >= 2 && head[0] == 'P' && head[1] == 'K' ? XLSX : CSV;
    }
}
