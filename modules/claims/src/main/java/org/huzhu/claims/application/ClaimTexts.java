package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.api.Phrase;
import org.huzhu.tenancy.api.Translations;

/**
 * The claims module's stored phrases (checks, reasons, audit details, document doubts: see {@link ClaimPhrases})
 * put into Chinese and English for answers and the portal. Codes inside them (plans, benefits, documents, check
 * and level codes) become names; rows written before phrases were stored show their half of the old pair.
 */
@ApplicationScoped
public class ClaimTexts {

    static final String PREFIX = "claims.text.";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @Inject
    Translations translations;

    @Inject
    PlanCatalog catalog;

    /** A text in both languages. */
    public record Both(String zh, String en) {

        public String in(Locale locale) {
            return locale != null && EN.getLanguage().equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** A stored text in both languages; null stays null. */
    public Both both(String stored) {
        if (stored == null) {
            return new Both(null, null);
        }
        // most phrases name no plan: the catalogue is looked up only for those that do, once for both languages
        Supplier<List<PlanView>> plans = new Supplier<>() {
            private List<PlanView> known;

            @Override
            public List<PlanView> get() {
                if (known == null) {
                    known = catalog.plans();
                }
                return known;
            }
        };
        return new Both(render(stored, ZH, plans), render(stored, EN, plans));
    }

    /** The code of a stored phrase, or null for a free text (a note) or an old row. */
    public static String code(String stored) {
        return Phrase.parse(stored).map(Phrase::code).orElse(null);
    }

    String render(String stored, Locale locale, Supplier<List<PlanView>> plans) {
        Optional<Phrase> phrase = Phrase.parse(stored);
        if (phrase.isEmpty() || key(phrase.get()).equals(translations.text(key(phrase.get()), locale))) {
            Optional<String> old = LegacyDetails.phrase(stored);
            return old.isPresent() ? render(old.get(), locale, plans) : legacy(stored, locale);
        }
        Object[] shown;
        try {
            shown = shown(phrase.get(), locale, plans);
        } catch (IndexOutOfBoundsException fewerParams) {
            // a phrase stored with fewer parameters than its words name: shown with what it has, never a failure
            shown = phrase.get().params().toArray();
        }
        return translations.text(key(phrase.get()), locale, shown);
    }

    /** The phrase's parameters as the reader sees them: codes become names. */
    private Object[] shown(Phrase phrase, Locale locale, Supplier<List<PlanView>> plans) {
        Words words = new Words(locale, plans);
        List<String> p = phrase.params();
        return switch (phrase.code()) {
            case ClaimPhrases.FILED -> new Object[] {words.channel(p.get(0)), words.plan(p.get(1)),
                    words.benefit(p.get(1), p.get(2)), p.get(3), p.get(4)};
            case ClaimPhrases.IMPORTED -> new Object[] {words.channel(p.get(0)), p.get(1), p.get(2),
                    p.get(3).isEmpty() ? translations.text(PREFIX + ClaimPhrases.AUTO_APPROVED, locale)
                            : words.check(p.get(3))};
            case ClaimPhrases.OUTCOME -> new Object[] {words.check(p.get(0))};
            case ClaimPhrases.OVERDUE -> new Object[] {p.get(0), words.level(p.get(1)), words.level(p.get(2))};
            case ClaimPhrases.DOCUMENT -> new Object[] {words.document(p.get(0)), p.get(1), p.get(2)};
            case ClaimPhrases.DOCS_MISSING -> new Object[] {words.list(p.stream().map(words::document).toList())};
            case ClaimPhrases.DOUBTFUL -> new Object[] {words.list(p.stream()
                    .map(inner -> render(inner.replace('¦', '|'), locale, plans)).toList())};
            case ClaimPhrases.ELIG_GENDER -> new Object[] {translations.text(PREFIX + "gender." + p.get(0), locale)};
            case ClaimPhrases.ELIG_NO_VERSION -> new Object[] {words.plan(p.get(0)), p.get(1)};
            default -> p.toArray();
        };
    }

    private static String key(Phrase phrase) {
        return PREFIX + phrase.code();
    }

    /** An old row: the reader's half of its pair, with the reason codes in it put into words. */
    private String legacy(String stored, Locale locale) {
        String text = Phrase.halfOf(stored, locale);
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b")
                .matcher(text);
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            String word = new Words(locale, List::of).check(codes.group());
            codes.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
        }
        codes.appendTail(out);
        return out.toString();
    }

    /** Codes as names in one language. */
    private final class Words {

        private final Locale locale;
        private final Supplier<List<PlanView>> plans;
        private final boolean english;

        Words(Locale locale, Supplier<List<PlanView>> plans) {
            this.locale = locale;
            this.plans = plans;
            this.english = EN.getLanguage().equals(locale.getLanguage());
        }

        String check(String code) {
            return known("claims.check." + code, code);
        }

        String level(String code) {
            return known("claims.level." + code, code);
        }

        String channel(String code) {
            return known(PREFIX + "channel." + code, code);
        }

        String plan(String code) {
            return plans.get().stream().filter(p -> p.code().equals(code)).findFirst()
                    .map(p -> english ? p.nameEn() : p.nameZh()).orElse(code);
        }

        String benefit(String planCode, String code) {
            return plans.get().stream().filter(p -> p.code().equals(planCode)).flatMap(p -> p.versions().stream())
                    .flatMap(v -> v.benefits().stream()).filter(b -> b.code().equals(code)).reduce((a, b) -> b)
                    .map(b -> english ? b.nameEn() : b.nameZh()).orElse(code);
        }

        String document(String code) {
            return plans.get().stream().flatMap(p -> p.claimDocuments().stream()).filter(d -> d.code().equals(code))
                    .findFirst().map(d -> english ? d.en() : d.zh()).orElse(code);
        }

        String list(List<String> items) {
            return String.join(translations.text(PREFIX + "separator", locale), new ArrayList<>(items));
        }

        private String known(String key, String code) {
            String word = translations.text(key, locale);
            return key.equals(word) ? code : word;
        }
    }
}
