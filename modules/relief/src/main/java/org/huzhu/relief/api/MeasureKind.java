package org.huzhu.relief.api;

/** A measure taken for a household (一户一措施). */
public enum MeasureKind {
    LIVING_AID,
    MEDICAL_AID,
    STUDY_AID,
    JOB_PLACEMENT,
    TRAINING,
    HOLIDAY_VISIT,
    OTHER
}
