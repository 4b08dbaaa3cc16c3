package org.huzhu.campaigns.domain.event;

import java.util.Collection;
import java.util.Optional;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;

/**
 * Whether an event's new rules of eligibility may replace the old: never when they would shut out a member who holds
 * a registration (a place or a place on the waitlist) for a date to come. Dropping them quietly would take a place a
 * member was given; keeping them would leave the list at odds with the rules. So the office hears how many it would
 * shut out and cancels those registrations first (or keeps the rules). Rules that shut nobody out go through at once.
 */
public final class EligibilityChange {

    private EligibilityChange() {
    }

    /** How many of the {@code registered} members the rules would shut out, and how many hold registrations. */
    public record ShutOut(long excluded, long registered) {
    }

    /** The figures when {@code wanted} shuts out someone registered, else empty. */
    public static Optional<ShutOut> check(Eligibility wanted, Collection<MemberFacts> registered) {
        long excluded = registered.stream().filter(m -> wanted.refusal(m).isPresent()).count();
        return excluded == 0 ? Optional.empty() : Optional.of(new ShutOut(excluded, registered.size()));
    }
}
