package org.huzhu.tenancy.api;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Writes a bulk job's chunks on another thread while the job's own thread prepares the next one (reads the file,
 * checks, looks up, encrypts): the two cores both work. At most one chunk is being written, in the order given, in
 * the tenant and on behalf of the actor of the job; a failed write stops the job at the next call, with the
 * write's own exception. A chunk written by one may hand its next step to a second (the enrolment list registers a
 * chunk's people, then hands its enrolments on): the second's calls then come from the first's writing threads, one
 * after another, each after the one before has ended, and the job's thread awaits the first, then the second.
 */
public final class WriteBehind {

    private final ManagedExecutorService executor;
    private final TenantScope scope;
    private final TenantId tenant;
    private final String actor;
    private final String job;
    private Future<?> writing;

    /** @param job what the job is, for a message ("settlement import 12") */
    public WriteBehind(ManagedExecutorService executor, TenantScope scope, TenantId tenant, String actor, String job) {
        this.executor = executor;
        this.scope = scope;
        this.tenant = tenant;
        this.actor = actor;
        this.job = job;
    }

    /** Waits for the chunk before to be written, then starts writing this one. */
    public void write(Runnable chunk) {
        await();
        writing = executor.submit(() -> scope.call(tenant, actor, () -> {
            chunk.run();
            return null;
        }));
    }

    /** Waits for the chunk being written; its failure is thrown here. */
    public void await() {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(job + " interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(job + ": a chunk failed", e.getCause());
        } finally {
            writing = null;
        }
    }

    /** After a failure: lets a write in progress end before the job gives up (no two writers at once). */
    public void drain() {
        try {
            await();
        } catch (RuntimeException e) {
            // the job is stopping anyway; the first failure is the one reported
        }
    }
}
