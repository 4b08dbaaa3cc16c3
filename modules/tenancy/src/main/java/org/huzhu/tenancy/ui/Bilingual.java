package org.huzhu.tenancy.ui;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.tenancy.api.Phrase;

/**
 * Texts stored in both languages on one line ("中文 / English") before texts were stored as codes ({@link Phrase}):
 * old rows shown in the user's language only, with the reason codes in them (REVIEW_SAMPLE, NO_ENROLMENT) put
 * into words. The halves are told apart by their script, not their order: a few are written English first.
 */
public final class Bilingual {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private Bilingual() {
    }

    /** The half in the user's language; a text with no second language is shown as it is. */
    public static String pick(String text, Locale locale) {
        return Phrase.halfOf(text, locale);
    }

    /**
     * The user's half with each code that has a translation under {@code prefix + code} replaced by it; a code
     * without one stays (the translation source answers the key itself when it has no text).
     */
    public static String words(String text, Locale locale, String prefix, Function<String, String> translate) {
        Matcher codes = CODE.matcher(pick(text, locale));
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            String key = prefix + codes.group();
            String word = translate.apply(key);
            codes.appendReplacement(out, Matcher.quoteReplacement(key.equals(word) ? codes.group() : word));
        }
        codes.appendTail(out);
        return out.toString();
    }
}
