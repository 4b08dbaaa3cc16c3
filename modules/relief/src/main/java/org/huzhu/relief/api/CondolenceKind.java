package org.huzhu.relief.api;

/** What a condolence item (慰问) is for; the rule's criteria say who gets it, the kind only names the purpose. */
public enum CondolenceKind {
    /** Women's Day (三八慰问): usually the female members. */
    WOMENS_DAY,
    /** Model workers' families in hardship (困难劳模). */
    MODEL_WORKER_HARDSHIP,
    /** Households on the hardship register (困难职工). */
    HARDSHIP,
    /** Anything else the office decides on for members. */
    OTHER,
    /**
     * Non-member charity (非会员慈善): people who are not members, listed by the office with their national ID and
     * bank card; the item pays them only, never members.
     */
    NON_MEMBER_CHARITY;

    /** Whether the item pays its listed payees instead of members chosen by its rule. */
    public boolean paysPayees() {
        return this == NON_MEMBER_CHARITY;
    }
}
