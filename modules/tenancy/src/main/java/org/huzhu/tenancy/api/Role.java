package org.huzhu.tenancy.api;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles; the names are the Keycloak realm roles that arrive in the token's groups claim. */
public enum Role {
    HQ_ANALYST("hq-analyst"),
    OFFICE_ADMIN("office-admin"),
    CLAIMS_OFFICER("claims-officer"),
    AGENCY_CLERK("agency-clerk"),
    GRASSROOTS_CLERK("grassroots-clerk"),
    MEMBER("member");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
