package org.huzhu.claims.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.ui.PortalLocale;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * What a claim's codes mean to the person reading it, in their language: plan and document codes become the
 * plan's names, check and reason codes their translations, the domain's two-language texts the reader's half,
 * dates and times one format in the office's time zone.
 */
final class ClaimWords {

    /** The portal's translations: a key and its parameters. */
    interface Translations {
        String get(String key, Object... params);
    }

    private final Translations t;
    private final Locale locale;
    private final Map<String, PlanView> plans;
    private final PortalTime time = PortalTime.ofServer();

    ClaimWords(Component view, PlanCatalog catalog) {
        this(view::getTranslation, PortalLocale.current(), catalog.plans().stream()
                .collect(Collectors.toMap(PlanView::code, p -> p, (a, b) -> a)));
    }

    ClaimWords(Translations t, Locale locale, Map<String, PlanView> plans) {
        this.t = t;
        this.locale = locale;
        this.plans = plans;
    }

    boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    String t(String key, Object... params) {
        return t.get(key, params);
    }

    String plan(String code) {
        PlanView plan = plans.get(code);
        return plan == null ? code : english() ? plan.nameEn() : plan.nameZh();
    }

    String benefit(PlanView.BenefitView benefit) {
        return english() ? benefit.nameEn() : benefit.nameZh();
    }

    String document(String planCode, String documentCode) {
        PlanView plan = plans.get(planCode);
        return plan == null ? documentCode : plan.claimDocuments().stream().filter(d -> d.code().equals(documentCode))
                .findFirst().map(d -> english() ? d.en() : d.zh()).orElse(documentCode);
    }

    String check(String code) {
        return known("claims.check." + code, code);
    }

    String action(String action) {
        return known("claims.audit.action." + action, action);
    }

    String outcome(String outcome) {
        return known("claims.outcome." + outcome, outcome);
    }

    /** Of a text answered in both languages (a check's message, an audit detail), the reader's. */
    String pick(String zh, String en) {
        return english() ? en : zh;
    }

    /** A text the domain wrote in both languages, with any reason or plan code in it put into words. */
    String text(String bilingual) {
        String text = Bilingual.words(bilingual, locale, "claims.check.", key -> t.get(key));
        for (String code : plans.keySet()) {
            text = text.replaceAll("(?<![\\w-])" + java.util.regex.Pattern.quote(code) + "(?![\\w-])",
                    java.util.regex.Matcher.quoteReplacement(plan(code)));
        }
        return text;
    }

    String date(String isoDay) {
        return time.date(isoDay);
    }

    String dateTime(String isoServerTime) {
        return time.dateTime(isoServerTime, locale);
    }

    private String known(String key, String code) {
        String word = t.get(key);
        return key.equals(word) ? code : word;
    }
}
