package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.Component;
import org.huzhu.kernel.text.LimitExceeded;
import org.huzhu.tenancy.api.Refused;

/**
 * What a view says when an upload is refused: a {@link Refused} or a broken limit in the page's language, else the refusal's text in
 * the page's language (refusals are worded in both).
 */
public final class UploadRefusals {

    private UploadRefusals() {
    }

    public static String message(Component view, RuntimeException refusal) {
        if (refusal instanceof Refused refused) {
            return view.getTranslation(refused.key(), refused.params());
        }
        return refusal instanceof LimitExceeded limit ? view.getTranslation(limit.key(), limit.params())
                : Bilingual.pick(refusal.getMessage(), view.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.SIMPLIFIED_CHINESE));
    }
}
