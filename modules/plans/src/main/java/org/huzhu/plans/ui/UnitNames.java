package org.huzhu.plans.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Org unit codes in a plan's texts (an eligibility limited to BJ-DC) shown as the unit's name, the code kept
 * after it as secondary information: "东城区总工会（BJ-DC）". The org tree keeps one (Chinese) name per unit, so
 * both languages show that name. A code the tree does not know stays as it is.
 */
final class UnitNames {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b");

    private final Map<String, String> names;
    private final boolean zh;

    UnitNames(Map<String, String> names, boolean zh) {
        this.names = Map.copyOf(names);
        this.zh = zh;
    }

    String in(String text) {
        if (text == null) {
            return "";
        }
        Matcher codes = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            String name = names.get(codes.group());
            String shown = name == null ? codes.group() : zh ? name + "（" + codes.group() + "）"
                    : name + " (" + codes.group() + ")";
            codes.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        codes.appendTail(out);
        return out.toString();
    }
}
