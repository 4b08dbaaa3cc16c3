package org.huzhu.microloans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.math.BigDecimal;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/** Words the loan views share: keys under "microloans.", amounts in yuan, refusals as notifications. */
final class LoanTexts {

    private final Component view;

    LoanTexts(Component view) {
        this.view = view;
    }

    String t(String key, Object... params) {
        return view.getTranslation("microloans." + key, params);
    }

    String code(String group, Enum<?> value) {
        return value == null ? "" : t(group + "." + value.name());
    }

    /** Office staff (not a member looking at their own loan): they read audit trails. */
    static boolean staff(Caller caller) {
        return caller.has(Role.OFFICE_ADMIN) || caller.has(Role.CLAIMS_OFFICER) || caller.has(Role.AGENCY_CLERK)
                || caller.has(Role.GRASSROOTS_CLERK);
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    /** Yuan typed into a form, in fen; empty counts as 0 so that the service names the field as too small. */
    static long fen(BigDecimal yuan) {
        return yuan == null ? 0 : Money.ofYuan(yuan).fen();
    }

    /**
     * Runs a step; a refusal is shown in the reader's words, after the label of the field it names (the service
     * names fields as the REST body does: {@code labels} maps those names to the form's labels), and the form
     * stays as it was for the user to mend.
     */
    boolean act(Runnable step, Map<String, String> labels) {
        try {
            step.run();
            return true;
        } catch (Refused refused) {
            String text = view.getTranslation(refused.key(), refused.params());
            String label = refused.field() == null ? null : labels.get(refused.field());
            error(label == null ? text : t("fieldRefused", label, text));
        } catch (IllegalArgumentException notAnAmount) {
            // Money refuses a third decimal rather than rounding it away
            error(t("refused.amount"));
        }
        return false;
    }

    boolean act(Runnable step) {
        return act(step, Map.of());
    }

    void done(String key, Object... params) {
        Notification.show(t(key, params), 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void error(String text) {
        Notification.show(text, 6_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
