package org.huzhu.org.api;

import java.util.List;
import java.util.Optional;

/** The grassroots unions the caller may enrol members for: approved (active) ones in the caller's org subtree. */
public interface EnrollingUnions {

    List<EnrollingUnion> mine();

    /** The union, if it is a grassroots union within the caller's subtree. */
    Optional<EnrollingUnion> find(long unionId);

    /** The agency offices of the tenant (for reports per agency office), by id. */
    java.util.Map<Long, String> agencyOffices();
}
