/**
 * What other modules may use of tenancy: who is calling ({@link org.huzhu.tenancy.api.Caller}), the
 * request's tenant ({@link org.huzhu.tenancy.api.TenantContext}), the tenant-bound entity manager, the
 * multitenant entity base class, the way to run work for a tenant outside a request, and schema migrations.
 */
package org.huzhu.tenancy.api;
