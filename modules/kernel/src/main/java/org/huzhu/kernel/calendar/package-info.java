/** The official working-day calendar (holidays and swapped working days) that SLAs count in. */
package org.huzhu.kernel.calendar;
