package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Dates in the portal are typed and shown as 2027-01-01, the way Chinese offices write them in forms and
 * files, whatever the browser's locale would otherwise suggest; the calendar's months, weekdays and buttons
 * speak the user's language.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static DatePicker iso(DatePicker picker) {
        picker.setI18n(format(picker, picker.getLocale()));
        return picker;
    }

    /** The date half of a date-and-time picker likewise (the time half is typed 10:00 anyway). */
    public static DateTimePicker iso(DateTimePicker picker) {
        picker.setDatePickerI18n(format(picker, picker.getLocale()));
        return picker;
    }

    private static DatePicker.DatePickerI18n format(Component picker, Locale locale) {
        DatePicker.DatePickerI18n format = new DatePicker.DatePickerI18n();
        format.setDateFormat("yyyy-MM-dd");
        format.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        format.setWeekdays(weekdays(TextStyle.FULL, locale));
        format.setWeekdaysShort(weekdays(TextStyle.SHORT, locale));
        format.setFirstDayOfWeek(1);
        format.setToday(picker.getTranslation("shell.date.today"));
        format.setCancel(picker.getTranslation("shell.date.cancel"));
        format.setBadInputErrorMessage(picker.getTranslation("shell.date.bad"));
        return format;
    }

    /** Sunday first, as the date picker counts them. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }
}
