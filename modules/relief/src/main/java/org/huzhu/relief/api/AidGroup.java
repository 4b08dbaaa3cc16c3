package org.huzhu.relief.api;

/**
 * A group a secondary-aid run puts first and may give extra bands: "hardship first, major illness first"
 * (困难优先、帮扶大病). The order of the constants is the priority order; members in none come after all of them.
 */
public enum AidGroup {
    HARDSHIP,
    MAJOR_ILLNESS,
    MODEL_WORKER
}
