package org.huzhu.claims.domain;

/**
 * The least a receipt must look like, per tenant: documents smaller than {@code minBytes}, images narrower or
 * lower than {@code minPixels}, and PDFs with fewer than {@code minTextChars} characters of text and no picture
 * are not receipts a claim may be approved on without a person looking.
 */
public record DocumentPlausibility(int minBytes, int minPixels, int minTextChars) {

    /** The platform defaults: a scanned or photographed receipt is kilobytes, hundreds of pixels, or has text. */
    public static final DocumentPlausibility DEFAULT = new DocumentPlausibility(500, 200, 20);

    public DocumentPlausibility {
        if (minBytes < 0 || minPixels < 0 || minTextChars < 0) {
            throw new IllegalArgumentException("document thresholds must not be negative");
        }
    }

    /** What a document's content shows: its size, and for an image its size in pixels, for a PDF its text and pictures. */
    public record Content(long bytes, int width, int height, int pages, int textChars, int pictures, boolean readable) {

        public static Content image(long bytes, int width, int height) {
            return new Content(bytes, width, height, 0, 0, 0, width > 0 && height > 0);
        }

        public static Content pdf(long bytes, int pages, int textChars, int pictures) {
            return new Content(bytes, 0, 0, pages, textChars, pictures, true);
        }

        public static Content unreadable(long bytes) {
            return new Content(bytes, 0, 0, 0, 0, 0, false);
        }
    }

    /**
     * Why the document named {@code name} is not a plausible receipt, as a stored phrase ({@link ClaimPhrases}:
     * file name, then the figures), or null when it is.
     */
    public String doubt(String name, String contentType, Content c) {
        if (c.bytes() < minBytes) {
            return ClaimPhrases.of(ClaimPhrases.DOC_SMALL, name, c.bytes());
        }
        if (!c.readable()) {
            return ClaimPhrases.of(ClaimPhrases.DOC_UNREADABLE, name);
        }
        if (contentType.startsWith("image/") && (c.width() < minPixels || c.height() < minPixels)) {
            return ClaimPhrases.of(ClaimPhrases.DOC_PIXELS, name, c.width(), c.height());
        }
        if ("application/pdf".equals(contentType) && (c.pages() == 0
                || c.textChars() < minTextChars && c.pictures() == 0)) {
            return ClaimPhrases.of(ClaimPhrases.DOC_EMPTY_PDF, name, c.textChars(), c.pictures());
        }
        return null;
    }
}
