package org.huzhu.plans.api;

import java.util.Optional;

/** Drafting and publishing new plan versions in the portal: office admins only. */
public interface PlanDrafting {

    /** The plan with its draft version, if one is being drafted. */
    Optional<PlanView> draft(String planCode);

    /** Creates or revises the draft; refuses with a message naming the field and the rule. */
    PlanView saveDraft(String planCode, DraftRequest request);

    /** Publishes the draft version: from then on it never changes. */
    PlanView publish(String planCode);
}
