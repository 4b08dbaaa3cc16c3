package org.huzhu.enrolment.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.huzhu.enrolment.domain.ImportStatus;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.BackgroundJobs;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Runs import jobs in the background ({@link BackgroundJobs}: each for its tenant, a failed run tried again a
 * few times, a list that cannot be finished ends FAILED with its reason), and from start-up on resumes the ones
 * a stop interrupted (after the schema migrations, which observe
 * the same event earlier).
 */
@ApplicationScoped
public class ImportJobs {

    private static final String ACTOR = "enrolment-import";

    @Inject
    BackgroundJobs jobs;

    @Inject
    ImportRunner runner;

    @Inject
    ImportStore store;

    @Inject
    TenantEntityManager entityManager;

    public void launch(TenantId tenant, long importId) {
        jobs.launch(tenant, ACTOR, importId, runner::run, store::failed);
    }

    void resume(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                Object started) {
        jobs.resume(ACTOR, () -> entityManager.get()
                .createQuery("select i.id from EnrolmentImport i where i.status in :running order by i.id", Long.class)
                .setParameter("running", List.of(ImportStatus.RECEIVED, ImportStatus.CHECKING, ImportStatus.SUBMITTING))
                .getResultList(), runner::run, store::failed);
    }
}
