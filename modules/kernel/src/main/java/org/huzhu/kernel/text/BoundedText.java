package org.huzhu.kernel.text;

/**
 * Text cut to what a column holds. A value a user typed (a 10,000-character name, a whole cell quoted in a
 * message) must never make a write fail, so every stored message passes through here; cutting counts code
 * points, never splitting a Chinese character or an emoji in two.
 */
public final class BoundedText {

    private static final String ELLIPSIS = "…";

    private BoundedText() {
    }

    /** {@code text} if it has at most {@code max} code points, else its first {@code max - 1} and "…". */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + ELLIPSIS;
    }
}
