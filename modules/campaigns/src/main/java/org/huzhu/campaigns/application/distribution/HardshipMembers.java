package org.huzhu.campaigns.application.distribution;

import java.util.Set;

/**
 * Extension point: the members on the hardship register (困难职工档案, relief module), for campaigns open to them
 * only. Relief's api comes before campaigns in the module order, so the hook is an adapter here: when relief
 * offers its register, an {@code @ApplicationScoped} bean in campaigns' infrastructure implements this by
 * delegating to it. Until one is deployed a campaign asking for the register is refused
 * ({@code campaigns.distribution.field.hardshipUnavailable}).
 */
public interface HardshipMembers {

    /** Member ids currently on the register (a few thousand per city). */
    Set<Long> onRegister();
}
