package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Runs resumable jobs (imports a chunk at a time) on the server's managed executor, each for its tenant. A run
 * that fails on something passing (a lock wait timed out, the database went away) is tried again after 10, 20,
 * ... 50 s; one that fails on something no attempt mends (the database refuses a value of the file, the file is
 * wrong) and one whose every attempt failed end in the job's FAILED state through its {@link GiveUp}, with a
 * {@link JobFailure} the user can act on. No job stays running for good: at start-up and every few minutes the
 * jobs in a running state that no attempt on this server holds are launched again (after a crash, or a give-up
 * that could not be written). The job itself must skip what it already committed. Log lines name the job and
 * the tenant, never the content. With several servers, a job runs on the one that holds its lease ({@link Leases}),
 * renewed every {@value #HEARTBEAT_SECONDS} s while the job is live there: another server's sweep launches it only
 * once that server stopped renewing (it died), so a job is never worked on by two servers at once. The sweep runs
 * every {@value #SWEEP_SECONDS} s unless MicroProfile Config's {@code huzhu.jobs.sweep.seconds} (a server variable,
 * or {@code HUZHU_JOBS_SWEEP_SECONDS}) says otherwise: a job whose server died is taken over up to a sweep after
 * its lease ran out (the cluster on one machine sweeps every 20 s, for its fault tests).
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    static final int ATTEMPTS = 6;
    static final int RETRY_SECONDS = 10;
    static final int SWEEP_SECONDS = 300;
    static final int HEARTBEAT_SECONDS = 30;
    static final Duration LEASE = Duration.ofSeconds(3L * HEARTBEAT_SECONDS);

    /** Records that a job gave up (in the job's tenant, in its own transaction). */
    @FunctionalInterface
    public interface GiveUp {
        void failed(long jobId, JobFailure failure);
    }

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    TenantDirectory tenants;

    @Inject
    Leases leases;

    @Inject
    @ConfigProperty(name = "huzhu.jobs.sweep.seconds", defaultValue = "" + SWEEP_SECONDS)
    int sweepSeconds;

    /** The lease renewals of the jobs live on this server, by job. */
    private final ConcurrentHashMap<String, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();

    /**
     * Jobs with an attempt running or scheduled on this server ("tenant/actor/id"), and whether a launch came
     * while it ran (a list submitted the moment its check ended): the job then runs once more when it ends.
     */
    private final ConcurrentHashMap<String, Boolean> live = new ConcurrentHashMap<>();

    /** Runs {@code work} with the job's id as {@code actor} in the tenant, in the background. */
    public void launch(TenantId tenant, String actor, long jobId, LongConsumer work, GiveUp giveUp) {
        start(tenant, actor, jobId, work, giveUp);
    }

    /** Launches the job unless another server holds it: false then. */
    private boolean start(TenantId tenant, String actor, long jobId, LongConsumer work, GiveUp giveUp) {
        String key = key(tenant, actor, jobId);
        Boolean again = live.compute(key, (k, v) -> v == null ? Boolean.FALSE : Boolean.TRUE);
        if (!again) {
            if (!leases.hold(lease(key), LEASE)) {
                live.remove(key); // another server holds the job and renews it: it runs there
                return false;
            }
            heartbeats.put(key, scheduler.scheduleWithFixedDelay(() -> leases.hold(lease(key), LEASE),
                    HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS));
            attempt(tenant, actor, jobId, work, giveUp, 1);
        }
        return true;
    }

    /** An attempt ended for good: the job leaves the live ones, or runs again if it was launched meanwhile. */
    private void ended(TenantId tenant, String actor, long jobId, LongConsumer work, GiveUp giveUp) {
        String key = key(tenant, actor, jobId);
        Boolean again = live.compute(key, (k, v) -> Boolean.TRUE.equals(v) ? Boolean.FALSE : null);
        if (again != null) {
            attempt(tenant, actor, jobId, work, giveUp, 1);
            return;
        }
        ScheduledFuture<?> heartbeat = heartbeats.remove(key);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        leases.release(lease(key));
    }

    private static String lease(String key) {
        return "job/" + key;
    }

    private void attempt(TenantId tenant, String actor, long jobId, LongConsumer work, GiveUp giveUp, int attempt) {
        executor.submit(() -> {
            try {
                scope.call(tenant, actor, () -> {
                    work.accept(jobId);
                    return null;
                });
                ended(tenant, actor, jobId, work, giveUp);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "{0} {1} of {2} stopped (attempt {3}): {4}",
                        new Object[] {actor, jobId, tenant.value(), attempt, e.getClass().getName()});
                JobFailure permanent = JobFailure.permanent(e);
                if (permanent == null && attempt < ATTEMPTS) {
                    scheduler.schedule(() -> attempt(tenant, actor, jobId, work, giveUp, attempt + 1),
                            (long) RETRY_SECONDS * attempt, TimeUnit.SECONDS);
                } else {
                    giveUp(tenant, actor, jobId, giveUp,
                            permanent != null ? permanent : JobFailure.of(JobFailure.Reason.RETRIES_EXHAUSTED));
                    ended(tenant, actor, jobId, work, giveUp);
                }
            }
        });
    }

    private void giveUp(TenantId tenant, String actor, long jobId, GiveUp giveUp, JobFailure failure) {
        try {
            scope.call(tenant, actor, () -> {
                giveUp.failed(jobId, failure);
                return null;
            });
            LOG.log(Level.WARNING, "{0} {1} of {2} failed: {3}",
                    new Object[] {actor, jobId, tenant.value(), failure.reason()});
        } catch (RuntimeException e) {
            // the database is away: the job stays in its running state and the next sweep launches it again
            LOG.log(Level.WARNING, "{0} {1} of {2}: the failure could not be recorded: {3}",
                    new Object[] {actor, jobId, tenant.value(), e.getClass().getName()});
        }
    }

    /**
     * From start-up on, now and every few minutes: in every active tenant, launches again the jobs
     * {@code running} lists that no attempt on this server holds.
     */
    public void resume(String actor, Supplier<List<Long>> running, LongConsumer work, GiveUp giveUp) {
        int every = sweepSeconds > 0 ? sweepSeconds : SWEEP_SECONDS;
        LOG.log(Level.INFO, "{0}: unfinished jobs are swept every {1} s", new Object[] {actor, every});
        scheduler.scheduleWithFixedDelay(() -> sweep(actor, running, work, giveUp), 0, every, TimeUnit.SECONDS);
    }

    private void sweep(String actor, Supplier<List<Long>> running, LongConsumer work, GiveUp giveUp) {
        try {
            tenants.activeTenants().forEach(tenant -> scope.call(tenant.id(), actor, running).forEach(id -> {
                // said only where it resumes: a job another server runs and renews is left to it, unlogged
                if (!live.containsKey(key(tenant.id(), actor, id)) && start(tenant.id(), actor, id, work, giveUp)) {
                    LOG.info(() -> "resuming " + actor + " " + id + " of " + tenant.id().value());
                }
            }));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "{0}: the sweep for unfinished jobs failed, the next one tries again: {1}",
                    new Object[] {actor, e.getClass().getName()});
        }
    }

    private static String key(TenantId tenant, String actor, long jobId) {
        return tenant.value() + "/" + actor + "/" + jobId;
    }
}
