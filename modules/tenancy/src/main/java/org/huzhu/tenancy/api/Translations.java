package org.huzhu.tenancy.api;

import java.util.Locale;

/**
 * The portal's translations (every module's {@code i18n/messages_*.properties}) for code outside a Vaadin
 * view, e.g. a REST answer that carries a job's failure in both languages.
 */
public interface Translations {

    String text(String key, Locale locale, Object... params);

    /** A job's failure in Chinese and English, for the REST answers of every job; null when it has none. */
    default JobFailureText failureText(String stored) {
        JobFailure failure = JobFailure.parse(stored);
        if (failure == null) {
            return null;
        }
        return new JobFailureText(failure.reason().name(), text(failure.key(), Locale.SIMPLIFIED_CHINESE, failure.detail()),
                text(failure.key(), Locale.ENGLISH, failure.detail()), failure.retryable());
    }

    /** A failure as answers show it: the reason's code, its text in both languages, whether a retry may help. */
    record JobFailureText(String code, String zh, String en, boolean retryable) {

        /** The text in the language of {@code locale} (Chinese unless English). */
        public String in(Locale locale) {
            return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
        }
    }
}
