package org.huzhu.relief.ui;

import java.util.ArrayList;
import java.util.List;
import org.huzhu.relief.api.CondolenceItems.PayeeForm;
import org.huzhu.tenancy.api.Refused;

/**
 * Payees pasted as lines, as an office keeps them in a spreadsheet: "name, national ID, bank card" and optionally
 * ", reason", one person a line, separated by commas (half- or full-width) or tabs; blank lines are skipped. A line
 * that is not so is refused naming its row as the service names rows ({@code payees[2]}), so the clerk reads
 * "Payee row 3" either way; the fields themselves are checked by the service.
 */
final class PayeeLines {

    private PayeeLines() {
    }

    static List<PayeeForm> read(String text) {
        List<PayeeForm> payees = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s*[,，\\t]\\s*", 4);
            if (parts.length < 3) {
                throw Refused.badInput("payees[" + payees.size() + "]", "relief.refused.payeeLine");
            }
            payees.add(new PayeeForm(parts[0].strip(), parts[1].strip(), parts[2].strip(),
                    parts.length == 4 ? parts[3].strip() : null));
        }
        return payees;
    }
}
