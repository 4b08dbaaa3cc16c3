package org.huzhu.tenancy.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.Conflicts;

/**
 * Runs a {@link RetriedOnConflict} method again when the database refused its transaction for a conflict: outside
 * the container's transaction interceptor (a lower priority runs first), so each attempt is a transaction of its
 * own, begun and rolled back whole. Only where the method begins the transaction: inside a caller's, the caller's
 * work is lost with it and only the caller can run it again. A few attempts, each after a short random pause (the
 * two that conflicted should not meet again at once); the last failure is the caller's.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    static final int ATTEMPTS = 4;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !Conflicts.isConflict(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "{0}.{1}: refused for a conflict, attempt {2} of {3}", new Object[] {
                    call.getMethod().getDeclaringClass().getSimpleName(), call.getMethod().getName(), attempt, ATTEMPTS});
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
            }
        }
    }
}
