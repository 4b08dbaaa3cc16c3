package org.huzhu.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No string literal of any module's main sources holds a text in both languages ("中文 / English"): every
 * user-facing text goes through the i18n files, so the pairs written before cannot come back. Comments may talk
 * about such pairs; a pattern that reads old stored pairs writes its slash as {@code [/]}.
 */
class NoPairedTextsTest {

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void no_source_literal_pairs_a_chinese_and_an_english_text() throws IOException {
        List<String> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(modules())) {
            for (Path file : files.filter(NoPairedTextsTest::mainSource).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = codeOf(lines.get(i));
                    Matcher literal = LITERAL.matcher(code);
                    while (literal.find()) {
                        if (paired(literal.group())) {
                            pairs.add(file.getFileName() + ":" + (i + 1) + " " + literal.group());
                        }
                    }
                }
            }
        }
        assertThat(pairs).as("texts in both languages in one literal: use message keys").isEmpty();
    }

    @Test
    void the_check_sees_a_pair_either_way_round_and_lets_one_language_pass() {
        assertThat(paired("\"文件为空 / the file is empty\"")).isTrue();
        assertThat(paired("\"file: the file is empty / 文件为空\"")).isTrue();
        assertThat(paired("\"批次 {0} / run {0}\"")).isTrue();
        assertThat(paired("\"文件为空\"")).isFalse();
        assertThat(paired("\"text/csv / plain\"")).isFalse();
        assertThat(paired("\" / \"")).isFalse();
    }

    /** Whether some " / " has Chinese on one side and a Latin word on the other. */
    static boolean paired(String literal) {
        String[] parts = literal.split(" / ", -1);
        for (int i = 0; i + 1 < parts.length; i++) {
            boolean hanLeft = HAN.matcher(parts[i]).find();
            boolean hanRight = HAN.matcher(parts[i + 1]).find();
            boolean latinLeft = LATIN_WORD.matcher(parts[i]).find();
            boolean latinRight = LATIN_WORD.matcher(parts[i + 1]).find();
            if (hanLeft && latinRight || latinLeft && hanRight) {
                return true;
            }
        }
        return false;
    }

    /** The line without a comment: javadoc and block-comment lines and a trailing {@code //} comment go. */
    private static String codeOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        return line;
    }

    private static boolean mainSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/main/java/");
    }

    /** The repository's modules folder, found upwards from the test's working folder (modules/app). */
    private static Path modules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("modules/kernel"))) {
                return dir.resolve("modules");
            }
        }
        throw new IllegalStateException("no modules folder above " + Path.of("").toAbsolutePath());
    }
}
