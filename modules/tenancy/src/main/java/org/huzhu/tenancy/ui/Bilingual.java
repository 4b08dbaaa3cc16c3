package org.huzhu.tenancy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts the domain writes in both languages on one line ("中文 / English", kept so in the audit trail and the
 * API) shown in the user's language only, with the reason codes in them (REVIEW_SAMPLE, NO_ENROLMENT) put
 * into words. The halves are told apart by their script, not their order: a few are written English first.
 */
public final class Bilingual {

    private static final String SEPARATOR = " / ";
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef]");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private Bilingual() {
    }

    /** The half in the user's language; a text with no second language is shown as it is. */
    public static String pick(String text, Locale locale) {
        if (text == null || !text.contains(SEPARATOR)) {
            return text == null ? "" : text;
        }
        List<String> chinese = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String part : text.split(Pattern.quote(SEPARATOR))) {
            (CJK.matcher(part).find() ? chinese : other).add(part);
        }
        if (chinese.isEmpty() || other.isEmpty()) {
            return text;
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return String.join(SEPARATOR, english ? other : chinese);
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
