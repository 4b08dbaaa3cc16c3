package org.huzhu.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every module's translation files: each key in Chinese and in English, no text in both
 * languages on one line, and no lone apostrophe (every text is a MessageFormat pattern, which would swallow it).
 */
class TranslationFilesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PAIR = Pattern.compile("\\p{IsHan}[^/]* / [A-Za-z]|[A-Za-z][^/]* / [^/]*\\p{IsHan}");

    @Test
    void every_text_is_in_both_languages_one_language_a_line_and_a_valid_pattern() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (URL zhFile : Collections.list(getClass().getClassLoader().getResources("i18n/messages_zh_CN.properties"))) {
            Properties zh = load(zhFile);
            Properties en = load(new URL(zhFile.toString().replace("messages_zh_CN", "messages_en")));
            for (String key : zh.stringPropertyNames()) {
                String zhText = zh.getProperty(key);
                String enText = en.getProperty(key);
                if (enText == null) {
                    wrong.add(key + ": no English");
                }
                for (String text : new String[] {zhText, enText == null ? "" : enText}) {
                    if (LONE_APOSTROPHE.matcher(text).find()) {
                        wrong.add(key + ": a lone apostrophe «" + text + "»");
                    }
                    if (PAIR.matcher(text).find()) {
                        wrong.add(key + ": two languages on one line «" + text + "»");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Properties load(URL file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
