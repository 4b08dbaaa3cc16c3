package org.huzhu.relief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.huzhu.kernel.money.Money;
import org.huzhu.relief.api.AidRuns.Step;
import org.huzhu.tenancy.api.Refused;

/** Words the relief views share: amounts in yuan, a line's working as sentences, refusals as notifications. */
final class ReliefTexts {

    private final Component view;

    ReliefTexts(Component view) {
        this.view = view;
    }

    String t(String key, Object... params) {
        return view.getTranslation("relief." + key, params);
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toString();
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
            Notification.show(view.getTranslation(refused.key(), refused.params()), 6_000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException notAnAmount) {
            // Money refuses a third decimal rather than rounding it away
            Notification.show(t("badAmount"), 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
