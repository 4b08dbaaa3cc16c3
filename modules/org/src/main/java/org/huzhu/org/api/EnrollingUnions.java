package org.huzhu.org.api;

import java.util.List;
import java.util.Optional;

/** The grassroots unions the caller may enrol members for: approved (active) ones in the caller's org subtree. */
public interface EnrollingUnions {

    List<EnrollingUnion> mine();

    /** The union, if it is a grassroots union within the caller's subtree. */
    Optional<EnrollingUnion> find(long unionId);

    /**
     * How many members of one gender the registry holds for the union (the gender is the national ID's): the
     * union's staff a plan open to one gender counts, as far as the office knows them.
     */
    long members(long unionId, org.huzhu.kernel.identity.Gender gender);

    /** The agency offices of the tenant (for reports per agency office), by id. */
    java.util.Map<Long, String> agencyOffices();
}
