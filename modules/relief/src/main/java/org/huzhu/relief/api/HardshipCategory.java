package org.huzhu.relief.api;

/**
 * A hardship household's category. The lines are tenant settings: deep hardship below the local
 * minimum-living line, relative hardship below twice it, and hardship from an accident or illness whose
 * costs pass a share of the household's income.
 */
public enum HardshipCategory {
    DEEP,
    RELATIVE,
    ACCIDENT_OR_ILLNESS
}
