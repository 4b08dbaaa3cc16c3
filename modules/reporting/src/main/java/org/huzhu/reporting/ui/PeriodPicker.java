package org.huzhu.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.tenancy.ui.IsoDates;

/**
 * The dashboards' period: this month, quarter or year up to today, or any days chosen (custom). Changing a day
 * makes the period custom; choosing a kind sets the days.
 */
class PeriodPicker extends HorizontalLayout {

    enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    final Select<Kind> kind = new Select<>();
    final DatePicker from = IsoDates.iso(new DatePicker());
    final DatePicker to = IsoDates.iso(new DatePicker());
    private final Consumer<ReportPeriod> changed;
    private boolean setting;

    PeriodPicker(Consumer<ReportPeriod> changed) {
        this.changed = changed;
        kind.setId("period-kind");
        kind.setLabel(getTranslation("reporting.filter.period"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reporting.period." + k.name().toLowerCase()));
        from.setId("period-from");
        from.setLabel(getTranslation("reporting.filter.from"));
        to.setId("period-to");
        to.setLabel(getTranslation("reporting.filter.to"));
        kind.setValue(Kind.YEAR);
        setDays(Kind.YEAR, LocalDate.now());
        kind.addValueChangeListener(e -> {
            if (!setting && e.getValue() != Kind.CUSTOM) {
                setDays(e.getValue(), LocalDate.now());
                fire();
            }
        });
        from.addValueChangeListener(e -> custom());
        to.addValueChangeListener(e -> custom());
        setAlignItems(Alignment.BASELINE);
        add(kind, from, to);
    }

    ReportPeriod period() {
        LocalDate start = from.getValue() == null ? LocalDate.now().withDayOfYear(1) : from.getValue();
        LocalDate end = to.getValue() == null || to.getValue().isBefore(start) ? start : to.getValue();
        return new ReportPeriod(start, end);
    }

    private void setDays(Kind chosen, LocalDate today) {
        setting = true;
        LocalDate start = switch (chosen) {
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            default -> today.withDayOfYear(1);
        };
        from.setValue(start);
        to.setValue(today);
        setting = false;
    }

    private void custom() {
        if (setting) {
            return;
        }
        setting = true;
        kind.setValue(Kind.CUSTOM);
        setting = false;
        fire();
    }

    private void fire() {
        changed.accept(period());
    }
}
