package org.huzhu.tenancy.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.tenancy.api.Translations;

/**
 * Translations gathered from every module: each jar ships {@code i18n/messages_zh_CN.properties} and
 * {@code i18n/messages_en.properties} with keys prefixed by its module, and they are merged here. Chinese
 * is the first language; a key missing in English falls back to Chinese, then to the key itself. Every text is a
 * {@link MessageFormat} pattern, with or without parameters: an apostrophe is written {@code ''}.
 */
@ApplicationScoped
public class ModularI18NProvider implements I18NProvider, Translations {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private final Map<Locale, Properties> bundles = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = ENGLISH.getLanguage().equals(locale == null ? "" : locale.getLanguage()) ? ENGLISH : CHINESE;
        String pattern = bundle(supported).getProperty(key);
        if (pattern == null) {
            pattern = bundle(CHINESE).getProperty(key, key);
        }
        // one rule for every text: an apostrophe is written '' whether or not the text takes parameters
        if (params.length == 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, supported).format(params);
        } catch (IllegalArgumentException notAPattern) {
            return pattern;
        }
    }

    @Override
    public String text(String key, Locale locale, Object... params) {
        return getTranslation(key, locale, params);
    }

    private Properties bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, ModularI18NProvider::load);
    }

    private static Properties load(Locale locale) {
        Properties merged = new Properties();
        String name = "i18n/messages_" + (locale.getCountry().isEmpty() ? locale.getLanguage() : locale) + ".properties";
        try {
            Enumeration<URL> files = ModularI18NProvider.class.getClassLoader().getResources(name);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read translations " + name, e);
        }
        return merged;
    }
}
