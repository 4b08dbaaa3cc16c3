package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes the {@link WriteBehind}s of the running job: each writes in the job's tenant and on behalf of its actor, on
 * the server's managed executor. The bulk runners (enrolment lists, settlement files, payout runs) ask here instead
 * of each holding the executor, the scope and the context for it.
 */
@ApplicationScoped
public class WriteBehinds {

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantScope scope;

    @Inject
    TenantContext context;

    /** @param job what the job is, for a message ("settlement import 12") */
    public WriteBehind forThisJob(String job) {
        return new WriteBehind(executor, scope, context.tenant(), context.requireCaller().username(), job);
    }
}
