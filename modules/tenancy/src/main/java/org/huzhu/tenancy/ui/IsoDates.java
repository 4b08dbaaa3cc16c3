package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Dates in the portal are typed and shown as 2027-01-01, the way Chinese offices write them in forms and
 * files, whatever the browser's locale would otherwise suggest.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static DatePicker iso(DatePicker picker) {
        DatePicker.DatePickerI18n format = new DatePicker.DatePickerI18n();
        format.setDateFormat("yyyy-MM-dd");
        picker.setI18n(format);
        return picker;
    }
}
