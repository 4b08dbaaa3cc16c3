package org.huzhu.tenancy.api;

/**
 * A year's arrangement as stored: for every tenant ({@code NATIONAL}, uploaded by headquarters) or for the
 * uploading office's tenant only ({@code TENANT}), with its count of holidays and swapped working days.
 */
public record CalendarUpload(int year, Scope scope, long holidays, long workdays) {

    public enum Scope {
        NATIONAL,
        TENANT
    }
}
