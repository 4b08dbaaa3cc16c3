package org.huzhu.claims.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.claims.domain.ClaimPhrases;

/**
 * Audit details written before details were stored as codes, in the few shapes the code wrote them ("payout run
 * 7, paid on 2026-12-01", "MEMBER accident-injury/accident 2026-11-27, due 2026-12-11"), read back as the phrase
 * they would be today, so an old claim's history reads in the reader's language too. Anything else is shown by
 * its half of a "中文 / English" pair, or as it is.
 */
final class LegacyDetails {

    private static final String DAY = "(\\d{4}-\\d{2}-\\d{2})";
    private static final List<Shape> SHAPES = List.of(
            new Shape("payout run (\\d+)", m -> ClaimPhrases.of(ClaimPhrases.IN_RUN, m.group(1))),
            new Shape("payout run (\\d+), paid on " + DAY, m -> ClaimPhrases.of(ClaimPhrases.PAID_IN_RUN, m.group(1),
                    m.group(2))),
            new Shape("payout run (\\d+): (.*)", m -> ClaimPhrases.of(ClaimPhrases.FAILED_IN_RUN, m.group(1),
                    m.group(2))),
            new Shape("overdue since " + DAY + "; level (\\w+) -> (\\w+) / .*", m -> ClaimPhrases.of(
                    ClaimPhrases.OVERDUE, m.group(1), m.group(2), m.group(3))),
            new Shape("(\\w+) ([a-z0-9-]+)/([a-z0-9-]+) " + DAY + ", due " + DAY, m -> ClaimPhrases.of(
                    ClaimPhrases.FILED, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))),
            new Shape("(\\w+) (\\S+), due " + DAY + "; (?:auto-approved [/] 自动通过|([A-Z][A-Z0-9_]*): .*)",
                    m -> ClaimPhrases.of(ClaimPhrases.IMPORTED, m.group(1), m.group(2), m.group(3), m.group(4))),
            new Shape("(\\S+) (.+) sha256 ([0-9a-f]{64})", m -> ClaimPhrases.of(ClaimPhrases.DOCUMENT, m.group(1),
                    m.group(2), m.group(3))));

    private LegacyDetails() {
    }

    static Optional<String> phrase(String stored) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern.matcher(stored);
            if (m.matches()) {
                return Optional.of(shape.phrase.apply(m));
            }
        }
        return Optional.empty();
    }

    private record Shape(Pattern pattern, Function<Matcher, String> phrase) {

        Shape(String regex, Function<Matcher, String> phrase) {
            this(Pattern.compile(regex), phrase);
        }
    }
}
