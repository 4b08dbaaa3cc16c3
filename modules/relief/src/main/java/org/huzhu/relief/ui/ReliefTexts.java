package org.huzhu.relief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.kernel.money.Money;
import org.huzhu.relief.api.AidRuns.Step;
import org.huzhu.tenancy.api.Refused;

/**
 * Words the relief views share: amounts in yuan (and yuan fields read as fen), a line's working as sentences,
 * refusals as notifications.
 */
final class ReliefTexts {

    private static final Pattern PERSON = Pattern.compile("household\\[(\\d+)\\]");
    private static final Pattern PAYEE = Pattern.compile("payees\\[(\\d+)\\]");

    private final Component view;

    ReliefTexts(Component view) {
        this.view = view;
    }

    String t(String key, Object... params) {
        return view.getTranslation("relief." + key, params);
    }

    /** The reader's language, for times and figures written out by hand. */
    java.util.Locale locale() {
        return view.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    /** A yuan field's amount in fen, empty as zero; a third decimal is refused by {@link Money} (see {@link #act}). */
    static long fen(BigDecimalField field) {
        Long fen = fenOrNull(field);
        return fen == null ? 0 : fen;
    }

    /** A yuan field's amount in fen, empty as null (no upper end, no cap). */
    static Long fenOrNull(BigDecimalField field) {
        BigDecimal value = field.getValue();
        return value == null ? null : Money.ofYuan(value).fen();
    }

    /** A short confirmation in the reader's words. */
    void done(String key, Object... params) {
        Notification.show(t(key, params), 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    String code(String group, Enum<?> value) {
        return value == null ? "" : t(group + "." + value.name());
    }

    /** The working steps in the reader's words, one after another. */
    String working(List<Step> steps) {
        return String.join("；", steps.stream().map(s -> t("working." + s.code(), params(s))).toList());
    }

    private Object[] params(Step step) {
        Object[] params = step.params().toArray();
        if (step.code().equals("BAND")) {
            params[0] = t("group." + params[0]);
            params[2] = params[2].toString().isEmpty() ? "" : t("working.bandTo", params[2]);
        }
        return params;
    }

    /** Runs an action; a refusal is shown in the reader's words instead of failing the page. */
    void act(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            String text = view.getTranslation(refused.key(), refused.params());
            Matcher person = PERSON.matcher(refused.field() == null ? "" : refused.field());
            if (person.lookingAt()) { // which of the household's people, as the clerk counts them
                text = t("refused.person", Integer.parseInt(person.group(1)) + 1, text);
            }
            Matcher payee = PAYEE.matcher(refused.field() == null ? "" : refused.field());
            if (payee.lookingAt()) { // which row of the payees the office entered, counted from 1
                text = t("refused.payeeRow", Integer.parseInt(payee.group(1)) + 1, text);
            }
            Notification.show(text, 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException notAnAmount) {
            // Money refuses a third decimal rather than rounding it away
            Notification.show(t("badAmount"), 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
