package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.huzhu.claims.domain.ApprovalLimits;
import org.huzhu.claims.domain.ClaimPolicy;
import org.huzhu.claims.domain.DocumentPlausibility;
import org.huzhu.claims.domain.ReviewPolicy;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** The tenant's claim policy, or the platform defaults where tenant-config sets none. */
@ApplicationScoped
public class ClaimPolicies {

    /** 5% of claims drawn for review, and every claim above 20,000 yuan. */
    static final ReviewPolicy DEFAULT_REVIEW = new ReviewPolicy(5, 2_000_000);

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    public ReviewPolicy review() {
        return policy().map(ClaimPolicy::review).orElse(DEFAULT_REVIEW);
    }

    public ApprovalLimits limits() {
        return policy().map(ClaimPolicy::approvalLimits).orElse(ApprovalLimits.DEFAULT);
    }

    /** What a document must look like to be paid on without a person looking. */
    public DocumentPlausibility documents() {
        return policy().map(ClaimPolicy::documents).orElse(DocumentPlausibility.DEFAULT);
    }

    private Optional<ClaimPolicy> policy() {
        ClaimPolicy policy = entityManager.get().find(ClaimPolicy.class, context.tenant().value());
        if (policy != null) {
            entityManager.get().refresh(policy);
        }
        return Optional.ofNullable(policy);
    }
}
