package org.huzhu.claims.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.tenancy.api.Role;

/**
 * Delegated authority (理赔权限下放): the largest claim each role may approve, in fen; a role absent may decide
 * nothing, a role with no figure has no limit. Stored as {@code agency-clerk=500000,claims-officer=5000000,office-admin=}.
 */
public record ApprovalLimits(Map<Role, Long> limits) {

    /** Agency offices up to 5,000 yuan (the BRIEF's example), city claims officers up to 50,000, the office admin without limit. */
    public static final ApprovalLimits DEFAULT = parse("agency-clerk=500000,claims-officer=5000000,office-admin=");

    public ApprovalLimits {
        limits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    }

    public static ApprovalLimits parse(String text) {
        Map<Role, Long> limits = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            Role role = Role.fromRoleName(parts[0].trim())
                    .orElseThrow(() -> new IllegalArgumentException("approval limits: no role " + parts[0]));
            String figure = parts.length < 2 ? "" : parts[1].trim();
            limits.put(role, figure.isEmpty() ? null : Long.parseLong(figure));
        }
        return new ApprovalLimits(limits);
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        limits.forEach((role, fen) -> text.append(text.length() == 0 ? "" : ",").append(role.roleName()).append('=')
                .append(fen == null ? "" : fen));
        return text.toString();
    }

    /** May someone holding these roles approve this amount? */
    public boolean allows(Set<Role> roles, long amountFen) {
        return roles.stream().filter(limits::containsKey)
                .anyMatch(r -> limits.get(r) == null || limits.get(r) >= amountFen);
    }

    public boolean decides(Set<Role> roles) {
        return roles.stream().anyMatch(limits::containsKey);
    }

    /** An agency office decides claims of its members up to its limit; the rest go to the city office. */
    public ReviewLevel levelFor(long amountFen, boolean memberHasAgency) {
        boolean within = limits.containsKey(Role.AGENCY_CLERK)
                && Optional.ofNullable(limits.get(Role.AGENCY_CLERK)).map(limit -> amountFen <= limit).orElse(true);
        return memberHasAgency && within ? ReviewLevel.AGENCY : ReviewLevel.CITY;
    }
}
