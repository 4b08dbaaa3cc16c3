package org.huzhu.kernel.calendar;

/**
 * A wrong line of a calendar file: its number (0 for the file as a whole), the rule it breaks (one of the
 * constants, which the portal translates) and a message in English for logs, tools and the API.
 */
public record CalendarLineError(int line, String rule, String message) {

    public static final String FORMAT = "FORMAT";
    public static final String DATE = "DATE";
    public static final String KIND = "KIND";
    public static final String NAME = "NAME";
    public static final String WORKDAY_NOT_WEEKEND = "WORKDAY_NOT_WEEKEND";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String OTHER_YEAR = "OTHER_YEAR";
    public static final String NEW_YEAR_MISSING = "NEW_YEAR_MISSING";
    public static final String EMPTY = "EMPTY";
    public static final String YEAR = "YEAR";
    public static final String ENCODING = "ENCODING";
    public static final String SIZE = "SIZE";

    CalendarFileParser.LineRefused thrown() {
        return new CalendarFileParser.LineRefused(this);
    }
}
