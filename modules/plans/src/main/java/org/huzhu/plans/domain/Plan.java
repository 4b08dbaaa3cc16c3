package org.huzhu.plans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A protection plan of a tenant with its versions in date order. A plan may belong to a choose-one group
 * (a member takes one plan of the group) or be a rider that needs its base plan.
 */
public record Plan(String code, Text name, boolean feeBased, String chooseOneGroup, String riderOf,
                   List<PlanVersion> versions, List<ClaimDocument> claimDocuments) {

    /** A plan whose file lists no claim documents requires those its benefits' kinds usually need. */
    public Plan(String code, Text name, boolean feeBased, String chooseOneGroup, String riderOf,
                List<PlanVersion> versions) {
        this(code, name, feeBased, chooseOneGroup, riderOf, versions, ClaimDocument.usualFor(versions));
    }

    /** Sorts the versions and closes each one the day before the next begins. */
    public Plan {
        List<PlanVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PlanVersion::effectiveFrom));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            sorted.set(i, sorted.get(i).endingOn(sorted.get(i + 1).effectiveFrom().minusDays(1)));
        }
        versions = List.copyOf(sorted);
        claimDocuments = List.copyOf(claimDocuments);
    }

    /** The version in force on a date: enrolments follow the version of their term start. */
    public Optional<PlanVersion> versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
