package org.huzhu.reporting.ui;

import java.util.List;
import java.util.stream.Collectors;

/** ECharts options as JSON text: bars and lines over categories, and gauges for shares in percent. */
final class ChartOptions {

    /** A named series of values, one per category. */
    record Series(String name, List<? extends Number> values) {
    }

    private ChartOptions() {
    }

    /** The first days of every month the period touches, in order: a trend's axis. */
    static List<java.time.LocalDate> months(org.huzhu.reporting.api.ReportPeriod period) {
        List<java.time.LocalDate> months = new java.util.ArrayList<>();
        for (java.time.LocalDate m = period.from().withDayOfMonth(1); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    static String bars(String title, List<String> categories, List<Series> series) {
        return axes(title, categories, series, "bar");
    }

    static String lines(String title, List<String> categories, List<Series> series) {
        return axes(title, categories, series, "line");
    }

    private static String axes(String title, List<String> categories, List<Series> series, String type) {
        return "{\"title\":{\"text\":" + str(title) + ",\"textStyle\":{\"fontSize\":14}},\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":24},\"grid\":{\"top\":64,\"left\":64,\"right\":24,\"bottom\":48},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + strs(categories) + "},\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[" + series.stream().map(s -> "{\"name\":" + str(s.name()) + ",\"type\":\"" + type
                        + "\",\"data\":[" + s.values().stream().map(String::valueOf).collect(Collectors.joining(","))
                        + "]}").collect(Collectors.joining(",")) + "]}";
    }

    /** Up to three gauges side by side, each a share in percent (a missing share shows 0). */
    static String gauges(List<String> names, List<? extends Number> percents) {
        StringBuilder json = new StringBuilder("{\"series\":[");
        for (int i = 0; i < names.size(); i++) {
            Number value = percents.get(i) == null ? 0 : percents.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":\"gauge\",\"center\":[\"").append(17 + i * 33)
                    .append("%\",\"60%\"],\"radius\":\"70%\",\"min\":0,\"max\":100,\"progress\":{\"show\":true},")
                    .append("\"detail\":{\"formatter\":\"{value}%\",\"fontSize\":16},\"title\":{\"offsetCenter\":[0,\"80%\"]},")
                    .append("\"data\":[{\"value\":").append(value).append(",\"name\":").append(str(names.get(i)))
                    .append("}]}");
        }
        return json.append("]}").toString();
    }

    static String str(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String strs(List<String> texts) {
        return texts.stream().map(ChartOptions::str).collect(Collectors.joining(",", "[", "]"));
    }
}
