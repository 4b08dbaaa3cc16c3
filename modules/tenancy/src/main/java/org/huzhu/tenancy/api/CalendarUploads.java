package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.CalendarFile;
import org.huzhu.kernel.calendar.CalendarLineError;
import org.huzhu.kernel.calendar.YearArrangement;

/**
 * A year's official holiday arrangement uploaded as a calendar file (docs/calendar-file.md): headquarters' upload
 * is national, for every tenant, also those added later; an office admin's is for the office's own tenant and
 * overrides the national days there. The file is checked whole ({@link YearArrangement}) and stored whole, or
 * refused with every wrong line and nothing stored.
 */
@ApplicationScoped
public class CalendarUploads {

    /** An arrangement is a few dozen lines; a file far bigger is not one. */
    public static final int MAX_BYTES = 64 * 1024;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    TenantContext context;

    @Inject
    CalendarDays days;

    @Inject
    TenantCalendar calendar;

    public CalendarUpload upload(int year, byte[] content) {
        Caller caller = context.requireCaller();
        boolean national = caller.isHeadquarters();
        if (!national && !caller.has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("only an office admin or headquarters uploads a calendar");
        }
        CalendarFile file = check(year, content);
        if (national) {
            days.replaceNational(year, file.days(), caller.username());
        } else {
            days.replaceOfTenant(context.tenant(), year, file.days());
        }
        calendar.forget();
        long holidays = file.days().stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).count();
        return new CalendarUpload(year, national ? CalendarUpload.Scope.NATIONAL : CalendarUpload.Scope.TENANT,
                holidays, file.days().size() - holidays);
    }

    private static CalendarFile check(int year, byte[] content) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused(year, CalendarLineError.YEAR, "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (content.length > MAX_BYTES) {
            throw refused(year, CalendarLineError.SIZE, "a calendar file is at most " + MAX_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused(year, CalendarLineError.ENCODING, "the file is not UTF-8 text (save it as UTF-8)");
        }
        CalendarFile file = YearArrangement.check(year, new StringReader(text));
        if (!file.errors().isEmpty()) {
            throw new CalendarFileRefused(year, file.errors());
        }
        return file;
    }

    private static CalendarFileRefused refused(int year, String rule, String message) {
        return new CalendarFileRefused(year, List.of(new CalendarLineError(0, rule, message)));
    }
}
