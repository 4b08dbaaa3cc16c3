package org.huzhu.relief.api;

/** What a condolence item (慰问) is for; the rule's criteria say who gets it, the kind only names the purpose. */
public enum CondolenceKind {
    /** Women's Day (三八慰问): usually the female members. */
    WOMENS_DAY,
    /** Model workers' families in hardship (困难劳模). */
    MODEL_WORKER_HARDSHIP,
    /** Households on the hardship register (困难职工). */
    HARDSHIP,
    /** Anything else the office decides on (e.g. non-member charity through members' cards). */
    OTHER
}
