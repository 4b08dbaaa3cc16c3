package org.huzhu.app.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/**
 * A clerk's enrolment list made up for a test: valid people with distinct IDs, and every {@code badEvery}-th
 * row broken in one of the ways the checks know, so the test knows exactly which rows are bad and why.
 */
final class EnrolmentList {

    /** How a bad row is broken, and the rule the check must report for it. */
    enum Fault {
        CHECK_DIGIT("idNumber"), FULL_WIDTH_DIGITS("idNumber"), REQUIRED("name"), PHONE_11_DIGITS("phone"),
        UNITS_OUT_OF_RANGE("units"), FEMALE_PLAN_FOR_A_MAN("member"), UNKNOWN_PLAN("plan"),
        DUPLICATE_IN_FILE("idNumber");

        final String field;

        Fault(String field) {
            this.field = field;
        }
    }

    final StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
    /** Bad rows by row number (the header is row 1), with the fault put in. */
    final Map<Integer, Fault> bad = new LinkedHashMap<>();
    final List<String> goodIds = new ArrayList<>();
    final List<String> allIds = new ArrayList<>();
    int rows;

    /** @param seed keeps the people of two lists apart (or, when equal, the same) */
    EnrolmentList(int count, int badEvery, int seed) {
        for (int i = 0; i < count; i++) {
            int rowNo = i + 2;
            boolean faulty = badEvery > 0 && i > 0 && i % badEvery == 0;
            Fault fault = faulty ? Fault.values()[(i / badEvery) % Fault.values().length] : null;
            row(i, seed, fault, rowNo);
        }
    }

    private void row(int i, int seed, Fault fault, int rowNo) {
        Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        String id = person(seed, i, gender);
        String name = "测试" + (char) ('甲' + i % 10) + i;
        String phone = "139" + String.format("%08d", seed * 100_000 + i);
        String plan = i % 3 == 0 ? "inpatient-medical" : "accident-injury";
        String units = String.valueOf(1 + i % 3);
        if (fault != null) {
            bad.put(rowNo, fault);
            switch (fault) {
                case CHECK_DIGIT -> id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
                case FULL_WIDTH_DIGITS -> id = fullWidth(id);
                case REQUIRED -> name = "";
                case PHONE_11_DIGITS -> phone = phone.substring(1);
                case UNITS_OUT_OF_RANGE -> units = "9";
                case FEMALE_PLAN_FOR_A_MAN -> {
                    id = person(seed, i, Gender.MALE);
                    plan = "female-special-diseases";
                    units = "1";
                }
                case UNKNOWN_PLAN -> plan = "no-such-plan";
                case DUPLICATE_IN_FILE -> {
                    id = allIds.get(0);
                    plan = "inpatient-medical";
                    units = "1";
                }
            }
        } else {
            goodIds.add(id);
        }
        allIds.add(id);
        csv.append(name).append(',').append(id).append(',').append(phone).append(",,").append(plan).append(',')
                .append(units).append('\n');
        rows++;
    }

    /** A distinct valid ID per (seed, i): birth dates over 30 years, sequence numbers beside them. */
    static String person(int seed, int i, Gender gender) {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays((seed * 7_919L + i) % 10_950);
        int sequence = (int) ((seed * 131L + i / 10_950) % 499);
        return NationalId.compose("110108", birth, sequence, gender).value();
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + 0xFF10) : (char) c));
        return out.toString();
    }

    int goodRows() {
        return rows - bad.size();
    }

    byte[] bytes() {
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
