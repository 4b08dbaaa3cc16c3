package org.huzhu.relief.domain;

/** A secondary-aid run: defined, computed (any number of times), approved by a second person. */
public enum AidRunStatus {
    DEFINED,
    COMPUTED,
    APPROVED
}
