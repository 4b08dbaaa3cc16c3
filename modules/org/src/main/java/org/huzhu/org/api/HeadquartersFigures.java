package org.huzhu.org.api;

import java.util.List;

/** Members and org units per tenant, for headquarters only. */
public interface HeadquartersFigures {

    List<TenantFigures> perTenant();
}
