package org.huzhu.tenancy.api;

import java.util.Locale;
import org.huzhu.kernel.tenant.TenantId;

/** A tenant as other modules see it. */
public record TenantSummary(TenantId id, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
