package org.huzhu.relief.domain;

import java.util.ArrayList;
import java.util.List;

/** A scale of bands as one column: {@code from,to,amount,share,cap} per band, {@code ;} between bands, empty: none. */
public final class BandText {

    private BandText() {
    }

    public static String format(List<AidBand> bands) {
        StringBuilder text = new StringBuilder();
        for (AidBand b : bands) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(b.fromFen()).append(',').append(b.toFen() == null ? "" : b.toFen()).append(',')
                    .append(b.amountFen()).append(',').append(b.sharePercent()).append(',')
                    .append(b.capFen() == null ? "" : b.capFen());
        }
        return text.toString();
    }

    public static List<AidBand> parse(String text) {
        List<AidBand> bands = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return bands;
        }
        for (String band : text.split(";")) {
            String[] f = band.split(",", -1);
            bands.add(new AidBand(Long.parseLong(f[0]), f[1].isEmpty() ? null : Long.valueOf(f[1]),
                    Long.parseLong(f[2]), Integer.parseInt(f[3]), f[4].isEmpty() ? null : Long.valueOf(f[4])));
        }
        return bands;
    }
}
