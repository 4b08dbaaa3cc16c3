package org.huzhu.relief.domain;

import java.util.Arrays;
import java.util.List;
import org.huzhu.kernel.money.Money;

/**
 * A line's working as codes with figures (relief.working.CODE in the i18n files), never a sentence: stored as
 * {@code CODE|p1|p2;CODE|...} in one column and put into the reader's words when shown.
 */
public final class AidWorking {

    /** One step: a code and its figures (yuan amounts as text, percentages, group codes). */
    public record Step(String code, List<String> params) {
    }

    private AidWorking() {
    }

    static Step step(String code, String... params) {
        return new Step(code, List.of(params));
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    public static String format(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(step.code());
            step.params().forEach(p -> text.append('|').append(p));
        }
        return text.toString();
    }

    public static List<Step> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(s -> {
            String[] parts = s.split("\\|", -1);
            return new Step(parts[0], List.of(parts).subList(1, parts.length));
        }).toList();
    }
}
