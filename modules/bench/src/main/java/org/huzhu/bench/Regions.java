package org.huzhu.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Prefecture-level region codes (GB/T 2260, the first four digits of a resident ID's region), one per generated city
 * of bench-tenants, so each city's demo members carry IDs of a real region of their own. Beijing (1101) and Baoji
 * (6103), the demo tenants', are left out. Ranges are written {@code first-last} where the codes run on without gaps.
 */
final class Regions {

    private static final String[] RANGES = {
        "1201", "1301-1311", "1401-1411", "1501-1509", "1522", "1525", "1529", "2101-2114", "2201-2208", "2224",
        "2301-2312", "2327", "3101", "3201-3213", "3301-3311", "3401-3408", "3410-3413", "3415-3418", "3501-3509",
        "3601-3611", "3701-3711", "3713-3717", "4101-4117", "4201-4203", "4205-4213", "4228", "4301-4313", "4331",
        "4401-4409", "4412-4420", "4451-4453", "4501-4514", "4601-4604", "5001", "5101", "5103-5111", "5113-5120",
        "5132-5134", "5201-5206", "5223", "5226", "5227", "5301", "5303-5309", "5323", "5325", "5326", "5328-5329",
        "5331", "5333-5334", "5401-5406", "5425", "6101-6102", "6104-6110", "6201-6212", "6229-6230", "6301-6302",
        "6322-6323", "6325-6328", "6401-6405", "6501-6502", "6504-6505", "6523", "6527-6532", "6540", "6542-6543"};
    private static final List<String> CODES = expand();
    static final int COUNT = CODES.size();

    private Regions() {
    }

    /** The n-th city's code (from 1); past the last one the list starts again. */
    static String prefix(int n) {
        return CODES.get((n - 1) % COUNT);
    }

    private static List<String> expand() {
        List<String> codes = new ArrayList<>();
        for (String range : RANGES) {
            String[] ends = range.split("-");
            int first = Integer.parseInt(ends[0]);
            int last = ends.length == 1 ? first : Integer.parseInt(ends[1]);
            for (int code = first; code <= last; code++) {
                codes.add(Integer.toString(code));
            }
        }
        return List.copyOf(codes);
    }
}
