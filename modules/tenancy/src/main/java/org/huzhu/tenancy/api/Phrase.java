package org.huzhu.tenancy.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text kept as a code and its parameters ({@code OVERDUE|2026-12-01}), never as a finished sentence: what is
 * stored (an audit line, a check, a file's problem) is put into the reader's words when it is shown, under the
 * message key {@code prefix + code}. Rows written before codes were stored hold "中文 / English" pairs or free text
 * (a clerk's note); {@link #show} gives those the reader's half, so old rows still read sensibly.
 */
public record Phrase(String code, List<String> params) {

    private static final String SEP = "|";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String PAIR = " / ";
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef]");

    public Phrase {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a phrase code is upper case letters, digits and _: " + code);
        }
        params = List.copyOf(params);
    }

    /** The phrase with its parameters as text (null kept as empty). */
    public static Phrase of(String code, Object... params) {
        return new Phrase(code, Arrays.stream(params).map(p -> p == null ? "" : clean(String.valueOf(p))).toList());
    }

    /** How it is stored: the code, then each parameter after a {@code |}. */
    public String stored() {
        return params.isEmpty() ? code : code + SEP + String.join(SEP, params);
    }

    /** The phrase a stored text holds, or empty for a text that is no phrase (an old pair, a person's note). */
    public static Optional<Phrase> parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(stored.split(Pattern.quote(SEP), -1)));
        String code = parts.remove(0);
        return CODE.matcher(code).matches() ? Optional.of(new Phrase(code, parts)) : Optional.empty();
    }

    /** The phrase in the reader's words, through the key {@code prefix + code}. */
    public String text(Translations translations, String prefix, Locale locale) {
        return translations.text(prefix + code, locale, params.toArray());
    }

    /**
     * A stored text in {@code locale}'s words: a phrase whose key has a translation is translated; anything else
     * (an old "中文 / English" pair, a note) is shown as its half in the reader's language, or as it is.
     */
    public static String show(String stored, String prefix, Translations translations, Locale locale) {
        Optional<Phrase> phrase = parse(stored);
        if (phrase.isPresent()) {
            String key = prefix + phrase.get().code();
            String text = translations.text(key, locale, phrase.get().params().toArray());
            if (!key.equals(text)) {
                return text;
            }
        }
        return halfOf(stored, locale);
    }

    /** An old "中文 / English" text's half in the reader's language (halves told by script, not order). */
    public static String halfOf(String text, Locale locale) {
        if (text == null || !text.contains(PAIR)) {
            return text == null ? "" : text;
        }
        List<String> chinese = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String part : text.split(Pattern.quote(PAIR))) {
            (CJK.matcher(part).find() ? chinese : other).add(part);
        }
        if (chinese.isEmpty() || other.isEmpty()) {
            return text;
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return String.join(PAIR, english ? other : chinese);
    }

    /** A parameter never breaks the stored form: no separator, no line break. */
    private static String clean(String param) {
        return param.replace(SEP, "¦").replace('\n', ' ').replace('\r', ' ');
    }
}
