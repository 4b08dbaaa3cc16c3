package org.huzhu.kernel.tenant;

import java.util.regex.Pattern;

/** A tenant (city office) id such as {@code beijing}: also its Keycloak organization alias. */
public record TenantId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public TenantId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a tenant id is 2-32 lower-case letters, digits or '-', starting "
                    + "with a letter: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
