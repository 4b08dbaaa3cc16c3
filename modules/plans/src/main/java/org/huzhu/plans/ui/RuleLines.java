package org.huzhu.plans.ui;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.plans.api.PlanView.BenefitView;

/**
 * A benefit's rules as sentences in the reader's language. The api gives them as {@code name=value} lines
 * ({@code perDay=30.00}, {@code bands=[0-10000:50%, 10000-:70%]}); each name has a sentence under
 * {@code plans.rule.<name>}, lists are read item by item.
 */
final class RuleLines {

    /** The portal's translations: a key and its parameters. */
    interface Translations {
        String get(String key, Object... params);
    }

    private static final Pattern BAND = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)?:(\\d+(?:\\.\\d+)?)%");
    private static final Pattern GRADE = Pattern.compile("(\\d+)=(\\d+(?:\\.\\d+)?)");

    private RuleLines() {
    }

    static List<String> of(BenefitView benefit, Translations t) {
        return benefit.rules().stream().map(line -> line(line, t)).toList();
    }

    static String line(String line, Translations t) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return line;
        }
        String name = line.substring(0, eq);
        String value = line.substring(eq + 1);
        String key = "plans.rule." + name;
        String sentence = t.get(key, value(name, value, t));
        return sentence.equals(key) ? line : sentence;
    }

    private static String value(String name, String value, Translations t) {
        List<String> items = items(value);
        String separator = t.get("plans.rule.separator");
        return switch (name) {
            case "bands" -> String.join(separator, items.stream().map(item -> band(item, t)).toList());
            case "gradeShares" -> String.join(separator, items.stream().map(item -> grade(item, t)).toList());
            case "tierMaxima" -> String.join("/", items);
            default -> value;
        };
    }

    private static String band(String item, Translations t) {
        Matcher m = BAND.matcher(item);
        if (!m.matches()) {
            return item;
        }
        return m.group(2) == null ? t.get("plans.rule.bandOpen", m.group(1), m.group(3))
                : t.get("plans.rule.band", m.group(1), m.group(2), m.group(3));
    }

    private static String grade(String item, Translations t) {
        Matcher m = GRADE.matcher(item);
        return m.matches() ? t.get("plans.rule.grade", m.group(1), m.group(2)) : item;
    }

    /** {@code [a, b]} or {@code {1=100, 2=90}} as its items; a plain value as itself. */
    private static List<String> items(String value) {
        String inner = value.replaceAll("^[\\[{]|[\\]}]$", "");
        return Arrays.stream(inner.split(",\\s*")).filter(s -> !s.isEmpty()).toList();
    }
}
