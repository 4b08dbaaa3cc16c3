package org.huzhu.enrolment.ui;

import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.ui.ModularI18NProvider;
import org.huzhu.tenancy.ui.PortalLocale;

/** The tenant's plans by their names in the reader's language, for lists that carry plan codes. */
final class PlanNames {

    private final Map<String, String> names;

    private PlanNames(Map<String, String> names) {
        this.names = names;
    }

    static PlanNames of(PlanCatalog catalog) {
        boolean english = ModularI18NProvider.ENGLISH.getLanguage().equals(PortalLocale.current().getLanguage());
        return new PlanNames(catalog.plans().stream()
                .collect(Collectors.toMap(PlanView::code, p -> english ? p.nameEn() : p.nameZh(), (a, b) -> a)));
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    String nameOr(String code, String otherwise) {
        return names.getOrDefault(code, otherwise);
    }
}
